package baedal.shop.adapter.out.persistence;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface MenuRowRepository extends ListCrudRepository<MenuRow, UUID> {

    List<MenuRow> findByShopId(UUID shopId);
}
