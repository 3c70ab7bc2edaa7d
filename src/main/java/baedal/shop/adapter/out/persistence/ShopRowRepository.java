package baedal.shop.adapter.out.persistence;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;

interface ShopRowRepository extends ListCrudRepository<ShopRow, UUID>, ListPagingAndSortingRepository<ShopRow, UUID> {}
