package baedal.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Operators create campaigns and customers claim coupons over real HTTP, with the seeded demo accounts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class CouponApiEndToEndTests {

    @LocalServerPort
    int port;

    private ApiClient api;
    private String admin;
    private String customer1;
    private String customer2;
    private String owner1;

    @BeforeEach
    void signIn() throws Exception {
        api = new ApiClient(port);
        admin = api.token("admin");
        customer1 = api.token("customer1");
        customer2 = api.token("customer2");
        owner1 = api.token("owner1");
    }

    @Test
    void aCustomerClaimsOneCouponOfAFlashSaleAndSeesItAmongTheirs() throws Exception {
        var campaign = create(1, Instant.now().minusSeconds(1));

        var claimed = claim(campaign, customer1);
        assertThat(claimed.statusCode()).isEqualTo(201);
        var coupon = api.json(claimed);
        assertThat(coupon.get("campaignId").asString()).isEqualTo(campaign);
        assertThat(coupon.get("status").asString()).isEqualTo("ISSUED");
        assertThat(coupon.get("discountAmount").asLong()).isEqualTo(7_000);

        var again = claim(campaign, customer1);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(api.json(again).get("title").asString()).isEqualTo("Already issued");

        var late = claim(campaign, customer2);
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(api.json(late).get("title").asString()).isEqualTo("Sold out");

        var mine = api.send("GET", "/api/me/coupons", customer1, null);
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).contains(coupon.get("id").asString());

        var tally = api.json(api.send("GET", "/api/admin/coupon-campaigns/" + campaign + "/tally", admin, null));
        assertThat(tally.get("issued").asLong()).isEqualTo(1);
        assertThat(tally.get("overLimit").asLong()).isZero();
    }

    @Test
    void claimsBeforeTheOpeningInstantAreRefused() throws Exception {
        var campaign = create(10, Instant.now().plus(Duration.ofHours(1)));

        var early = claim(campaign, customer1);

        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(api.json(early).get("title").asString()).isEqualTo("Not open");
    }

    @Test
    void onlyCustomersClaimAndOnlyOperatorsCreate() throws Exception {
        var campaign = create(10, null);

        assertThat(claim(campaign, null).statusCode()).isEqualTo(401);
        assertThat(claim(campaign, "not-a-token").statusCode()).isEqualTo(401);
        assertThat(claim(campaign, owner1).statusCode()).isEqualTo(403);
        assertThat(api.send("POST", "/api/coupon-campaigns", customer1, body(10, null))
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.send("GET", "/api/admin/coupon-campaigns/" + campaign + "/tally", customer1, null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.json(api.send("GET", "/api/admin/coupon-campaigns/" + campaign + "/tally", admin, null))
                        .get("issued")
                        .asLong())
                .isZero();
    }

    @Test
    void badCampaignsAndUnknownCampaignsGetProblemDetails() throws Exception {
        var noDiscount = """
                {"name":"Nothing off","minOrderAmount":0,"totalQuantity":5,
                 "validFrom":"2026-01-01T00:00:00Z","validUntil":"2027-01-01T00:00:00Z"}""";
        assertThat(api.send("POST", "/api/coupon-campaigns", admin, noDiscount).statusCode())
                .isEqualTo(400);
        var backwards = """
                {"name":"Backwards","discountAmount":1000,"minOrderAmount":0,"totalQuantity":5,
                 "validFrom":"2027-01-01T00:00:00Z","validUntil":"2026-01-01T00:00:00Z"}""";
        assertThat(api.send("POST", "/api/coupon-campaigns", admin, backwards).statusCode())
                .isEqualTo(400);
        var negative = body(-5, null);
        assertThat(api.send("POST", "/api/coupon-campaigns", admin, negative).statusCode())
                .isEqualTo(400);

        var unknown = claim("00000000-0000-0000-0000-000000000000", customer1);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(claim("not-a-uuid", customer1).statusCode()).isEqualTo(400);
    }

    private String create(int quantity, Instant opensAt) throws Exception {
        var created = api.send("POST", "/api/coupon-campaigns", admin, body(quantity, opensAt));
        assertThat(created.statusCode()).isEqualTo(201);
        return api.json(created).get("id").asString();
    }

    private static String body(int quantity, Instant opensAt) {
        return """
                {"name":"Chicken 7000","discountAmount":7000,"minOrderAmount":15000,"totalQuantity":%d,
                 "perUserLimit":1,%s"validFrom":"%s","validUntil":"%s"}""".formatted(
                        quantity,
                        opensAt == null ? "" : "\"opensAt\":\"" + opensAt + "\",",
                        Instant.now().minus(Duration.ofMinutes(1)),
                        Instant.now().plus(Duration.ofDays(1)));
    }

    private HttpResponse<String> claim(String campaign, String token) throws Exception {
        return api.send("POST", "/api/coupon-campaigns/" + campaign + "/issue", token, null);
    }
}
