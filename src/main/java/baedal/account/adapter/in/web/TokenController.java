package baedal.account.adapter.in.web;

import baedal.account.application.AccountManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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

    @Operation(summary = "Exchange username and password for a bearer token")
    @PreAuthorize("permitAll()")
    @PostMapping("/api/auth/token")
    TokenResponse token(@Valid @RequestBody TokenRequest request) {
        var token = accounts.issueToken(request.username(), request.password());
        return new TokenResponse(token.accessToken(), "Bearer", token.expiresInSeconds());
    }

    record TokenRequest(
            @NotBlank @Size(max = 50) String username,
            @NotBlank @Size(max = 200) String password) {}

    record TokenResponse(String accessToken, String tokenType, long expiresIn) {}
}
