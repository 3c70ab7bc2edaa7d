package baedal.account.adapter.in.web;

import baedal.account.application.AccountManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@PrimaryAdapter
@RestController
@Tag(name = "auth")
class TokenController {

    private final AccountManagement accounts;

    TokenController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @Operation(
            summary = "Exchange username and password for a bearer token",
            description = "An unknown username and a wrong password get the same 401. After repeated failures for a"
                    + " username or from an address, sign-ins for it are answered 429 with Retry-After, whatever"
                    + " the password, until enough time has passed.")
    @PreAuthorize("permitAll()")
    @PostMapping("/api/auth/token")
    TokenResponse token(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
        var token = accounts.issueToken(request.username(), request.password(), http.getRemoteAddr());
        return new TokenResponse(token.accessToken(), "Bearer", token.expiresInSeconds());
    }

    record TokenRequest(
            @NotBlank @Size(max = 50) String username,
            @NotBlank @Size(max = 200) String password) {}

    record TokenResponse(String accessToken, String tokenType, long expiresIn) {}
}
