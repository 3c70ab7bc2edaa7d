package baedal.display.projection;

import baedal.display.domain.ShopDocuments;
import baedal.display.query.DisplayReadModel;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Loads the display's own stored documents into memory at start-up, without asking any other module. */
@PrimaryAdapter
@Component
class DisplayWarmUp {

    private static final Logger log = LoggerFactory.getLogger(DisplayWarmUp.class);

    private final ShopDocuments documents;
    private final DisplayReadModel model;
    private final TransactionTemplate transactions;

    DisplayWarmUp(ShopDocuments documents, DisplayReadModel model, TransactionTemplate transactions) {
        this.documents = documents;
        this.model = model;
        this.transactions = transactions;
    }

    @EventListener(ApplicationStartedEvent.class)
    void load() {
        model.replaceAll(() -> transactions.execute(status -> documents.findAll()));
        log.info("Display serving {} shops from its own store", model.size());
    }
}
