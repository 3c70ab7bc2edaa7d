package baedal.coupon.adapter.in.web;

import baedal.coupon.adapter.in.web.CouponController.CouponResponse;
import baedal.coupon.application.CouponManagement;
import baedal.coupon.domain.CampaignId;
import baedal.shared.kernel.ConflictException;
import baedal.shared.kernel.NotFoundException;
import baedal.shared.kernel.Role;
import baedal.shared.kernel.UnavailableException;
import baedal.shared.security.BearerAuthentication;
import baedal.shared.security.SecurityHeaders;
import baedal.shared.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers coupon claims ({@code POST /api/coupon-campaigns/{id}/issue}) ahead of the security filter chain and
 * Spring MVC: a flash sale sends the whole burst to this one endpoint. It authenticates the bearer token with the same
 * decoder as the chain, requires the CUSTOMER role, and answers exactly as {@link CouponController} does; anything
 * else passes through.
 */
@PrimaryAdapter
class CouponFastPath extends OncePerRequestFilter {

    private static final String PREFIX = "/api/coupon-campaigns/";
    private static final String SUFFIX = "/issue";

    private final CouponManagement coupons;
    private final BearerAuthentication authentication;
    private final JsonMapper json;

    CouponFastPath(CouponManagement coupons, BearerAuthentication authentication, JsonMapper json) {
        this.coupons = coupons;
        this.authentication = authentication;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var campaign = "POST".equals(request.getMethod()) ? campaignOf(request.getRequestURI()) : null;
        if (campaign == null) {
            chain.doFilter(request, response);
            return;
        }
        var path = request.getRequestURI();
        SecurityHeaders.write(response);
        var caller = authentication.authenticate(request).orElse(null);
        if (caller == null) {
            response.setHeader("WWW-Authenticate", "Bearer");
            ProblemResponses.write(response, 401, "Unauthorized", "A valid bearer token is required.", path);
            return;
        }
        if (!caller.has(Role.CUSTOMER)) {
            ProblemResponses.write(response, 403, "Forbidden", "Your role does not allow this.", path);
            return;
        }
        try {
            var coupon = coupons.issue(campaign, caller.id());
            var body = json.writeValueAsBytes(CouponResponse.of(coupon, coupons.campaign(campaign)));
            response.setStatus(201);
            response.setHeader("Location", "/api/me/coupons");
            response.setContentType("application/json");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        } catch (ConflictException | NotFoundException | UnavailableException e) {
            ProblemResponses.writeKnown(response, e, path);
        }
    }

    /** The campaign of a claim path, or null for any other path (a malformed id goes on to MVC's 400). */
    static CampaignId campaignOf(String uri) {
        if (!uri.startsWith(PREFIX)
                || !uri.endsWith(SUFFIX)
                || uri.length() != PREFIX.length() + 36 + SUFFIX.length()) {
            return null;
        }
        try {
            return new CampaignId(UUID.fromString(uri.substring(PREFIX.length(), PREFIX.length() + 36)));
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
