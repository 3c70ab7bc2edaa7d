package baedal.platform.web;

import baedal.kernel.Role;
import baedal.platform.web.WebPages.WebPage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * Serves the modules' pages: each fragment is put into the shared layout once, at start-up, with the navigation of
 * every page present in this deployment (a module that left takes its pages and their links along), and each
 * module's page folder is served under {@code /ui/<module>/}. The pages themselves are public; the data they show
 * comes from the API with the signed-in user's token.
 */
@Configuration(proxyBeanMethods = false)
class WebPagesConfiguration implements WebMvcConfigurer {

    static final String LAYOUT = "baedal/platform/web/pages/layout.html";

    /**
     * Pages run only their own scripts and talk only to this server: the session's token is in the browser's storage,
     * so no script from elsewhere may run beside it.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; connect-src 'self';"
            + " img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none';"
            + " frame-ancestors 'none'; form-action 'self'";

    private final List<WebPages> modules;

    WebPagesConfiguration(ObjectProvider<WebPages> modules) {
        this.modules = modules.orderedStream().toList();
    }

    @Bean
    WebPageRoutes webPageRoutes() {
        var layout = read(LAYOUT);
        var navigation = navigation();
        var handlers = new LinkedHashMap<String, Object>();
        for (var module : modules) {
            for (var page : module.pages()) {
                var html = render(layout, module, page, navigation).getBytes(StandardCharsets.UTF_8);
                handlers.put(page.path(), (HttpRequestHandler) (request, response) -> {
                    response.setContentType("text/html;charset=UTF-8");
                    response.setHeader("Cache-Control", "no-cache");
                    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                    response.setContentLength(html.length);
                    response.getOutputStream().write(html);
                });
            }
        }
        return new WebPageRoutes(handlers);
    }

    @Bean
    SimpleUrlHandlerMapping webPageMapping(WebPageRoutes routes) {
        var mapping = new SimpleUrlHandlerMapping(routes.handlers());
        mapping.setOrder(1);
        return mapping;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (var module : modules) {
            registry.addResourceHandler("/ui/" + module.module() + "/**")
                    .addResourceLocations("classpath:/" + module.folder())
                    .setCacheControl(CacheControl.noCache());
        }
    }

    private String navigation() {
        return modules.stream()
                .flatMap(module -> module.pages().stream())
                .filter(page -> page.navLabel() != null)
                .sorted(Comparator.comparing(WebPage::path))
                .map(page -> "<a href=\"%s\" data-audience=\"%s\">%s</a>"
                        .formatted(page.path(), audience(page.audience()), HtmlUtils.htmlEscape(page.navLabel())))
                .collect(Collectors.joining("\n      "));
    }

    private static String render(String layout, WebPages module, WebPage page, String navigation) {
        var fragment = module.folder() + page.fragment();
        var script = new ClassPathResource(fragment + ".js").exists()
                ? "<script type=\"module\" src=\"/ui/%s/%s.js\"></script>".formatted(module.module(), page.fragment())
                : "";
        return layout.replace("{{title}}", HtmlUtils.htmlEscape(page.title()))
                .replace("{{audience}}", audience(page.audience()))
                .replace("{{navigation}}", navigation)
                .replace("{{script}}", script)
                .replace("{{content}}", read(fragment + ".html"));
    }

    private static String audience(Role role) {
        return role == null ? "ANYONE" : role.name();
    }

    private static String read(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("page resource " + path + " is missing", e);
        }
    }
}
