package baedal.platform.web;

import java.util.Map;

/** The path of every page served in this deployment, each with what answers it; the pages are public. */
public record WebPageRoutes(Map<String, Object> handlers) {

    public String[] paths() {
        return handlers.keySet().toArray(String[]::new);
    }
}
