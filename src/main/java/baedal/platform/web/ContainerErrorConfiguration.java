package baedal.platform.web;

import java.io.IOException;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat answers some requests before any filter or servlet of the application sees them (a path with {@code %00} or
 * an encoded {@code /}); its error report valve would write an HTML page. This replaces it with one that writes the
 * error page's problem detail through Spring's JSON message converter.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrorConfiguration {

    @Bean
    ProblemReports problemReports(JsonMapper json) {
        return new ProblemReports(new JacksonJsonHttpMessageConverter(json));
    }

    /**
     * Puts the problem report valve in place of Tomcat's own; last of the customizers, after Boot has put its own
     * error report valve on the host.
     */
    static final class ProblemReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        private final JacksonJsonHttpMessageConverter converter;

        ProblemReports(JacksonJsonHttpMessageConverter converter) {
            this.converter = converter;
        }

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                var host = context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(new ProblemReportValve(converter));
                if (host instanceof StandardHost standard) {
                    // Else the host adds its own report valve as it starts, finding no valve of the class it expects.
                    standard.setErrorReportValveClass(ProblemReportValve.class.getName());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /** Tomcat's error report as a problem detail. */
    static final class ProblemReportValve extends ErrorReportValve {

        private final JacksonJsonHttpMessageConverter converter;

        ProblemReportValve(JacksonJsonHttpMessageConverter converter) {
            this.converter = converter;
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            var status = HttpStatus.resolve(response.getStatus());
            if (status == null
                    || !status.isError()
                    || response.getContentWritten() > 0
                    || !response.setErrorReported()) {
                return;
            }
            try {
                var problem = ErrorPageController.forStatus(status, request.getRequestURI());
                converter.write(problem, MediaType.APPLICATION_PROBLEM_JSON, new ServletServerHttpResponse(response));
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                // The client is gone or the response was already started: nothing more to tell it.
            }
        }
    }
}
