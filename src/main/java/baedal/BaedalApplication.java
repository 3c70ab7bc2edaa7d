package baedal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * baedal: one jar holding the food-delivery platform's bounded contexts as application modules. A deployment may run
 * only some of them ({@link baedal.platform.deployment.ModuleSelection}, see {@code architecture/extraction.md}).
 */
@EnableScheduling
@SpringBootApplication
@Modulithic(
        systemName = "baedal",
        sharedModules = {"kernel", "platform"})
public class BaedalApplication {

    public static void main(String[] args) {
        SpringApplication.run(BaedalApplication.class, args);
    }
}
