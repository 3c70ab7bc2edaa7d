package baedal.display.adapter.out.persistence;

import baedal.display.domain.ShopDocument;
import baedal.display.domain.ShopDocumentChange;
import baedal.display.domain.ShopDocuments;
import baedal.display.domain.ShopDocuments.ChangeMark;
import baedal.kernel.FlatOptions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stores each shop document as one JSON row in {@code display.shop_documents}. A writer first locks the shop's row
 * (a no-op update, which SQL Server and H2 both hold until commit), writes it, and takes its sequence number from the
 * single row of {@code display.change_clock} last, so numbers are handed out in commit order.
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
    public Optional<ShopDocument> lock(UUID shopId) {
        jdbc.sql("UPDATE display.shop_documents SET revision = revision WHERE shop_id = :id")
                .param("id", shopId)
                .update();
        return find(shopId);
    }

    @Override
    public Optional<ShopDocument> find(UUID shopId) {
        return jdbc.sql("SELECT document FROM display.shop_documents WHERE shop_id = :id AND removed = 0")
                .param("id", shopId)
                .query(String.class)
                .optional()
                .map(this::read);
    }

    @Override
    public long save(ShopDocument document, boolean replacing) {
        var body = json.writeValueAsString(document);
        // Replacing, the row is held by lock(); otherwise only a removed shop's row may be there (held as well).
        var updated = jdbc.sql("UPDATE display.shop_documents"
                        + " SET document = :document, revision = revision + 1, removed = 0"
                        + " WHERE shop_id = :id" + (replacing ? "" : " AND removed = 1"))
                .param("document", body)
                .param("id", document.shopId())
                .update();
        if (updated == 0) {
            if (replacing) {
                throw new OptimisticLockingFailureException("shop document " + document.shopId() + " is gone");
            }
            try {
                jdbc.sql("""
                                INSERT INTO display.shop_documents (shop_id, revision, document, change_seq, removed)
                                VALUES (:id, 1, :document, 0, 0)""")
                        .param("id", document.shopId())
                        .param("document", body)
                        .update();
            } catch (DuplicateKeyException concurrentInsert) {
                throw new OptimisticLockingFailureException(
                        "shop document " + document.shopId() + " was first written by another writer");
            }
        }
        return stamp(document.shopId());
    }

    @Override
    public long remove(UUID shopId) {
        jdbc.sql("UPDATE display.shop_documents SET removed = 1 WHERE shop_id = :id")
                .param("id", shopId)
                .update();
        return stamp(shopId);
    }

    @Override
    public List<ShopDocumentChange> findAll() {
        return jdbc.sql("SELECT shop_id, change_seq, removed, document FROM display.shop_documents WHERE removed = 0")
                .query(this::change)
                .list();
    }

    @Override
    public List<ChangeMark> changesAfter(long sequence, int limit) {
        return jdbc.sql("""
                        SELECT shop_id, change_seq FROM display.shop_documents
                        WHERE change_seq > :seq ORDER BY change_seq OFFSET 0 ROWS FETCH NEXT :limit ROWS ONLY""")
                .param("seq", sequence)
                .param("limit", limit)
                .query((rs, row) -> new ChangeMark(rs.getObject("shop_id", UUID.class), rs.getLong("change_seq")))
                .list();
    }

    @Override
    public long latestSequence(UUID shopId) {
        return jdbc.sql("SELECT change_seq FROM display.shop_documents WHERE shop_id = :id")
                .param("id", shopId)
                .query(Long.class)
                .optional()
                .orElse(-1L);
    }

    @Override
    public boolean everBuilt() {
        return jdbc.sql("SELECT COUNT(*) FROM display.builds").query(Long.class).single() > 0;
    }

    @Override
    public void built(Instant at) {
        jdbc.sql("INSERT INTO display.builds (completed_at) VALUES (:at)")
                .param("at", at)
                .update();
    }

    @Override
    public Optional<ShopDocumentChange> latest(UUID shopId) {
        return jdbc.sql("SELECT shop_id, change_seq, removed, document FROM display.shop_documents WHERE shop_id = :id")
                .param("id", shopId)
                .query(this::change)
                .optional();
    }

    /**
     * Gives the shop's row, written and held by this transaction, the next sequence number. The clock row is taken
     * last and held until commit, which hands the numbers out in commit order; since its holder waits for nothing
     * else afterwards, writers cannot deadlock on it.
     */
    private long stamp(UUID shopId) {
        jdbc.sql("UPDATE display.change_clock SET seq = seq + 1 WHERE id = 1").update();
        var sequence = jdbc.sql("SELECT seq FROM display.change_clock WHERE id = 1")
                .query(Long.class)
                .single();
        jdbc.sql("UPDATE display.shop_documents SET change_seq = :seq WHERE shop_id = :id")
                .param("seq", sequence)
                .param("id", shopId)
                .update();
        return sequence;
    }

    private ShopDocumentChange change(ResultSet rs, int row) throws SQLException {
        var shopId = rs.getObject("shop_id", UUID.class);
        var document = rs.getBoolean("removed") ? null : read(rs.getString("document"));
        return new ShopDocumentChange(shopId, rs.getLong("change_seq"), document);
    }

    private ShopDocument read(String body) {
        var document = json.readTree(body);
        upgradeMenus(document);
        return json.treeToValue(document, ShopDocument.class);
    }

    /**
     * Documents stored before option groups list a menu's options flat, without a sold-out flag: they become one
     * optional group of options that are there.
     */
    private static void upgradeMenus(JsonNode document) {
        for (var menu : document.path("menus")) {
            var options = menu.path("options");
            if (menu instanceof ObjectNode item && !menu.has("optionGroups") && options.isArray()) {
                var groups = item.putArray("optionGroups");
                if (!options.isEmpty()) {
                    var group = groups.addObject();
                    group.put("name", FlatOptions.GROUP);
                    group.put("minChoices", 0);
                    group.put("maxChoices", options.size());
                    group.set("options", options);
                }
                item.remove("options");
            }
            for (var group : menu.path("optionGroups")) {
                for (var option : group.path("options")) {
                    if (option instanceof ObjectNode stored && !option.has("soldOut")) {
                        stored.put("soldOut", false);
                    }
                }
            }
        }
    }
}
