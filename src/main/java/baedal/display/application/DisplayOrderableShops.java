package baedal.display.application;

import baedal.display.domain.ShopDocuments;
import baedal.order.spi.OrderableShop;
import baedal.order.spi.OrderableShop.OrderableFeeTier;
import baedal.order.spi.OrderableShop.OrderableMenu;
import baedal.order.spi.OrderableShop.OrderableOption;
import baedal.order.spi.OrderableShop.OrderableOptionGroup;
import baedal.order.spi.OrderableShops;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.Application;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Provides the order module's {@link OrderableShops} port from the in-memory read model, after a version check: when
 * another instance stored a newer document of the shop than this one shows (the change feed has not brought it yet),
 * that document is read and shown first, so an order is never priced from a stale copy.
 */
@Application
@Service
class DisplayOrderableShops implements OrderableShops {

    private final DisplayReadModel model;
    private final ShopDocuments documents;
    private final TransactionTemplate transactions;

    DisplayOrderableShops(DisplayReadModel model, ShopDocuments documents, TransactionTemplate transactions) {
        this.model = model;
        this.documents = documents;
        this.transactions = transactions;
    }

    @Override
    public Optional<OrderableShop> findOrderableShop(UUID shopId) {
        var shown = model.sequenceOf(shopId);
        transactions.executeWithoutResult(status -> {
            if (documents.latestSequence(shopId) > shown) {
                documents.latest(shopId).ifPresent(model::apply);
            }
        });
        var now = model.now();
        return model.document(shopId)
                .flatMap(document -> model.shopDetail(shopId).map(detail -> {
                    var shop = document.shop();
                    var menus = detail.menus().stream()
                            .map(menu -> new OrderableMenu(
                                    menu.id(),
                                    menu.name(),
                                    menu.price(),
                                    menu.soldOut(),
                                    menu.optionGroups().stream()
                                            .map(g -> new OrderableOptionGroup(
                                                    g.name(),
                                                    g.minChoices(),
                                                    g.maxChoices(),
                                                    g.options().stream()
                                                            .map(o -> new OrderableOption(
                                                                    o.name(), o.price(), o.soldOut()))
                                                            .toList()))
                                            .toList()))
                            .toList();
                    return new OrderableShop(
                            shop.shopId(),
                            shop.ownerId(),
                            shop.name(),
                            shop.category(),
                            document.isOpenAt(now),
                            shop.lat(),
                            shop.lng(),
                            shop.deliveryRadiusMeters(),
                            shop.minOrderAmount(),
                            shop.deliveryFee(),
                            shop.deliveryFeeTiers().stream()
                                    .map(t -> new OrderableFeeTier(t.upToMeters(), t.fee()))
                                    .toList(),
                            menus,
                            shop.version());
                }));
    }
}
