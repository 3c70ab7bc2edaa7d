package baedal.payment.adapter.out.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.repository.ListCrudRepository;

interface PaymentRowRepository extends ListCrudRepository<PaymentRow, UUID> {

    Optional<PaymentRow> findByOrderId(UUID orderId);

    List<PaymentRow> findByStatusInOrderByRequestedAt(Collection<String> statuses, Limit limit);
}
