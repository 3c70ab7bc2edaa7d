package baedal.ad.domain;

/** No ad contract with that id. */
public class AdContractNotFoundException extends RuntimeException {

    public AdContractNotFoundException(String message) {
        super(message);
    }
}
