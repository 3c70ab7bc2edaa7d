package baedal.platform.deployment;

import baedal.BaedalApplication;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.core.env.Environment;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Chooses which application modules one deployment runs: {@code baedal.modules.include} (only these, plus the
 * kernel and the platform) or {@code baedal.modules.exclude} (all but these). By default the jar runs every module. This is
 * how a module is extracted without a second code base: one deployment includes it alone, the other excludes it.
 * {@link ModuleSelectionInitializer} registers it, so {@code @SpringBootApplication}'s scan consults it.
 */
class ModuleSelection extends TypeExcludeFilter {

    static final String INCLUDE = "baedal.modules.include";
    static final String EXCLUDE = "baedal.modules.exclude";
    private static final String BASE = BaedalApplication.class.getPackageName() + ".";
    /** The kernel and the platform: every deployment runs them. */
    private static final Set<String> ALWAYS = Set.of("kernel", "platform", "__root");

    private final Set<String> include;
    private final Set<String> exclude;

    private ModuleSelection(Set<String> include, Set<String> exclude) {
        if (!include.isEmpty() && !exclude.isEmpty()) {
            throw new IllegalStateException("Set either " + INCLUDE + " or " + EXCLUDE + ", not both");
        }
        this.include = include;
        this.exclude = exclude;
    }

    /** The selection the environment asks for. */
    static ModuleSelection of(Environment environment) {
        return new ModuleSelection(
                names(environment.getProperty(INCLUDE, "")), names(environment.getProperty(EXCLUDE, "")));
    }

    /** Answers true for the types to leave out of this deployment. */
    @Override
    public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
        return !runs(reader.getClassMetadata().getClassName());
    }

    boolean runs(String className) {
        if (!className.startsWith(BASE)) {
            return true;
        }
        var rest = className.substring(BASE.length());
        var dot = rest.indexOf('.');
        if (dot < 0) {
            return true;
        }
        return runsModule(rest.substring(0, dot));
    }

    /** Whether the module of that name runs here; the kernel, the platform and the migrations' root always do. */
    boolean runsModule(String module) {
        if (ALWAYS.contains(module)) {
            return true;
        }
        return include.isEmpty() ? !exclude.contains(module) : include.contains(module);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModuleSelection that && include.equals(that.include) && exclude.equals(that.exclude);
    }

    @Override
    public int hashCode() {
        return include.hashCode() * 31 + exclude.hashCode();
    }

    private static Set<String> names(String list) {
        return Arrays.stream(list.split(","))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
