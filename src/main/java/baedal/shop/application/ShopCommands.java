package baedal.shop.application;

import baedal.shop.domain.MenuDetails;
import baedal.shop.domain.MenuId;
import baedal.shop.domain.OwnerId;
import baedal.shop.domain.ShopId;
import baedal.shop.domain.ShopProfile;
import java.util.Objects;

/** The commands an owner gives; each names the owner acting, so the shop can check it is theirs. */
public final class ShopCommands {

    private ShopCommands() {}

    public record RegisterShop(OwnerId owner, ShopProfile profile) {
        public RegisterShop {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(profile, "profile");
        }
    }

    public record ChangeShop(OwnerId owner, ShopId shopId, ShopProfile profile) {
        public ChangeShop {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(shopId, "shopId");
            Objects.requireNonNull(profile, "profile");
        }
    }

    public record AddMenu(OwnerId owner, ShopId shopId, MenuDetails details, boolean soldOut) {
        public AddMenu {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(shopId, "shopId");
            Objects.requireNonNull(details, "details");
        }
    }

    public record ChangeMenu(OwnerId owner, ShopId shopId, MenuId menuId, MenuDetails details, boolean soldOut) {
        public ChangeMenu {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(shopId, "shopId");
            Objects.requireNonNull(menuId, "menuId");
            Objects.requireNonNull(details, "details");
        }
    }
}
