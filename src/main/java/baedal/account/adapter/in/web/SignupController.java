package baedal.account.adapter.in.web;

import baedal.account.application.AccountManagement;
import baedal.account.domain.AccountId;
import baedal.kernel.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Customers and shop owners sign themselves up; riders and operators are registered by the platform. */
@PrimaryAdapter
@RestController
@Tag(name = "auth")
class SignupController {

    private final AccountManagement accounts;

    SignupController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @Operation(
            summary = "Sign up as a customer or a shop owner",
            description = "201 with the new account's id, then sign in with POST /api/auth/token; 409 when the username"
                    + " is taken; 400 for a password without 8 to 64 characters, a letter and a digit.")
    @PreAuthorize("permitAll()")
    @PostMapping("/api/auth/signup")
    @ResponseStatus(HttpStatus.CREATED)
    SignupResponse signUp(@Valid @RequestBody SignupRequest request) {
        var id = accounts.register(
                AccountId.random(),
                request.username(),
                request.displayName(),
                request.password(),
                Set.of(request.role().role()));
        return new SignupResponse(id.id());
    }

    /** The roles one may sign up for. */
    enum SignupRole {
        CUSTOMER,
        OWNER;

        Role role() {
            return Role.valueOf(name());
        }
    }

    record SignupRequest(
            @NotNull
            @Pattern(
                    regexp = "[a-z0-9][a-z0-9._-]{2,49}",
                    message = "3 to 50 lowercase letters, digits, '.', '_' or '-'")
            @Schema(example = "kim.minji")
            String username,

            @NotBlank @Size(max = 64) @Schema(example = "delivery2024")
            String password,

            @NotNull SignupRole role,

            @NotBlank @Size(max = 50) @Schema(example = "Kim Minji")
            String displayName) {}

    record SignupResponse(UUID id) {}
}
