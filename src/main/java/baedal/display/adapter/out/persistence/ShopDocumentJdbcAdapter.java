package baedal.display.adapter.out.persistence;

import baedal.display.domain.ShopDocument;
import baedal.display.domain.ShopDocuments;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores each shop document as one JSON row in {@code display.shop_documents}. A write is conditional on the
 * shop version it read, so two instances updating one shop cannot silently overwrite each other.
 */
@SecondaryAdapter
@Component
class ShopDocumentJdbcAdapter implements ShopDocuments {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ShopDocumentJdbcAdapter(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Optional<ShopDocument> findById(UUID shopId) {
        return jdbc.sql("SELECT document FROM display.shop_documents WHERE shop_id = :id")
                .param("id", shopId)
                .query(String.class)
                .optional()
                .map(this::read);
    }

    @Override
    public List<ShopDocument> findAll() {
        return jdbc.sql("SELECT document FROM display.shop_documents").query(String.class).stream()
                .map(this::read)
                .toList();
    }

    @Override
    public void save(ShopDocument document) {
        var body = json.writeValueAsString(document);
        var updated = jdbc.sql("""
                        UPDATE display.shop_documents SET document = :document, revision = revision + 1
                        WHERE shop_id = :id""")
                .param("document", body)
                .param("id", document.shopId())
                .update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO display.shop_documents (shop_id, revision, document) VALUES (:id, 1, :document)")
                        .param("id", document.shopId())
                        .param("document", body)
                        .update();
            } catch (org.springframework.dao.DuplicateKeyException concurrentInsert) {
                throw new OptimisticLockingFailureException(
                        "shop document " + document.shopId() + " was written concurrently");
            }
        }
    }

    @Override
    public void delete(UUID shopId) {
        jdbc.sql("DELETE FROM display.shop_documents WHERE shop_id = :id")
                .param("id", shopId)
                .update();
    }

    private ShopDocument read(String body) {
        return json.readValue(body, ShopDocument.class);
    }
}
