package baedal.platform.web;

import baedal.kernel.Role;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The pages a module serves to people. Each page is an HTML fragment, and usually a script module of the same name,
 * kept in the {@code pages} folder beside the module's web adapter (so a page leaves with its module); the platform
 * puts every fragment into the one shared layout and serves the folder's files under {@code /ui/<module>/}.
 */
public final class WebPages {

    private final String module;
    private final String folder;
    private final List<WebPage> pages;

    private WebPages(String module, String folder, List<WebPage> pages) {
        this.module = module;
        this.folder = folder;
        this.pages = pages;
    }

    /** The pages kept in the {@code pages} folder of {@code adapter}'s package. */
    public static WebPages beside(Class<?> adapter, WebPage... pages) {
        var name = adapter.getPackageName();
        var module = name.split("\\.")[1];
        return new WebPages(module, name.replace('.', '/') + "/pages/", List.of(pages));
    }

    /** A page at {@code path}, from {@code fragment}.html (and .js, if there is one), for {@code audience}. */
    public static WebPage page(String path, String fragment, String title, @Nullable Role audience) {
        return new WebPage(path, fragment, title, audience, null);
    }

    String module() {
        return module;
    }

    String folder() {
        return folder;
    }

    List<WebPage> pages() {
        return pages;
    }

    /**
     * One page: where it is served, its fragment's name, its title, who may use it (null: anyone; otherwise the
     * page asks for a sign-in with that role) and, if it is in the navigation, under which label.
     */
    public record WebPage(
            String path,
            String fragment,
            String title,
            @Nullable Role audience,
            @Nullable String navLabel) {

        /** The same page, listed in the navigation of its audience under {@code label}. */
        public WebPage inNavigation(String label) {
            return new WebPage(path, fragment, title, audience, label);
        }
    }
}
