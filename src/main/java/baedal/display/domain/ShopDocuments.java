package baedal.display.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** The display's own durable copy of its documents, so it can restart without asking anybody. */
@SecondaryPort
public interface ShopDocuments {

    Optional<ShopDocument> findById(UUID shopId);

    List<ShopDocument> findAll();

    /** Stores the document; fails on a concurrent write to the same shop so that the caller retries. */
    void save(ShopDocument document);

    void delete(UUID shopId);
}
