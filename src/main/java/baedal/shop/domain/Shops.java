package baedal.shop.domain;

import java.util.List;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.types.Repository;

/** Stored shops. Saving publishes the events the shop recorded, in the same transaction. */
@SecondaryPort
public interface Shops extends Repository<Shop, ShopId> {

    Optional<Shop> findById(ShopId id);

    List<Shop> findPage(int page, int size);

    List<Shop> findByOwner(OwnerId owner);

    Shop save(Shop shop);
}
