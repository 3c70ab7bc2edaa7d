package baedal.order.adapter.out.persistence;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.repository.ListCrudRepository;

interface OrderRowRepository extends ListCrudRepository<OrderRow, UUID> {

    List<OrderRow> findByShopIdOrderByPlacedAtDesc(UUID shopId, Limit limit);

    List<OrderRow> findByShopIdAndStatusOrderByPlacedAtDesc(UUID shopId, String status, Limit limit);
}
