package baedal.kernel;

/** What a signed-in user acts as. */
public enum Role {
    CUSTOMER,
    OWNER,
    RIDER,
    ADMIN,
    /** Another baedal deployment calling an internal query endpoint (see {@code ServiceClients}). */
    SERVICE
}
