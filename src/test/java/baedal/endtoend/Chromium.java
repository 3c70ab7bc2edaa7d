package baedal.endtoend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium of this machine (Debian's {@code chromium} and {@code chromium-driver}, or the binaries named by
 * {@code CHROME_BIN} and {@code CHROMEDRIVER}), phone-sized, driven through its chromedriver. Nothing is downloaded:
 * without both binaries the browser tests are skipped with {@link #missing()} as the reason.
 */
final class Chromium implements AutoCloseable {

    static final int WIDTH = 412;
    static final int HEIGHT = 915;

    private final ChromeDriver driver;
    private final String base;

    private Chromium(ChromeDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    /** Why no browser can be started here, or null when one can. */
    static @Nullable String missing() {
        if (browser().isEmpty()) {
            return "no Chromium found (install Debian's chromium and chromium-driver, or set CHROME_BIN)";
        }
        if (driverBinary().isEmpty()) {
            return "no chromedriver found (install Debian's chromium-driver, or set CHROMEDRIVER)";
        }
        return null;
    }

    /** A new browser with a profile of its own (its own storage: another person's phone). */
    static Chromium start(int port) {
        var options = new ChromeOptions();
        options.setBinary(browser().orElseThrow().toString());
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=en-US");
        // a phone's screen: a desktop window cannot be made this narrow
        options.setExperimentalOption(
                "mobileEmulation",
                Map.of("deviceMetrics", Map.of("width", WIDTH, "height", HEIGHT, "pixelRatio", 1.0)));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driverBinary().orElseThrow().toFile())
                .usingAnyFreePort()
                .build();
        return new Chromium(new ChromeDriver(service, options), "http://localhost:" + port);
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(base + path);
    }

    /** Signs in with a demo account's button on the sign-in page and waits to land on its start page. */
    void signInAs(String demoAccount, String landing) {
        open("/signin");
        click(By.cssSelector("button[data-account='" + demoAccount + "']"));
        waitForPath(landing);
    }

    WebElement find(By by) {
        return waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void click(By by) {
        waitUpTo(Duration.ofSeconds(15))
                .until(ExpectedConditions.elementToBeClickable(by))
                .click();
    }

    void type(By by, String text) {
        var field = find(by);
        field.clear();
        field.sendKeys(text);
    }

    void waitForPath(String path) {
        waitUpTo(Duration.ofSeconds(15))
                .until(d ->
                        d.getCurrentUrl().replaceFirst("^https?://[^/]+", "").equals(path));
    }

    void waitForText(By by, String text) {
        waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    WebDriverWait waitUpTo(Duration timeout) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(100));
    }

    String path() {
        return driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
    }

    /** Saves the whole page (not just the viewport) as a PNG named {@code name} in the screenshot folder. */
    void screenshot(String name) throws IOException {
        screenshotTo(Path.of(System.getProperty("baedal.screenshots", "target/screenshots")), name);
    }

    void screenshotTo(Path folder, String name) throws IOException {
        Files.createDirectories(folder);
        var height = ((Number) driver.executeScript(
                        "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)"))
                .intValue();
        var shot = driver.executeCdpCommand(
                "Page.captureScreenshot",
                Map.of(
                        "format",
                        "png",
                        "captureBeyondViewport",
                        true,
                        "clip",
                        Map.of("x", 0, "y", 0, "width", WIDTH, "height", Math.min(height, 2400), "scale", 1)));
        Files.write(folder.resolve(name + ".png"), OutputType.BYTES.convertFromBase64Png((String) shot.get("data")));
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static Optional<Path> browser() {
        return firstExisting(
                System.getenv("CHROME_BIN"),
                List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"));
    }

    private static Optional<Path> driverBinary() {
        return firstExisting(
                System.getenv("CHROMEDRIVER"), List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"));
    }

    private static Optional<Path> firstExisting(@Nullable String configured, List<String> candidates) {
        return Stream.concat(Stream.ofNullable(configured), candidates.stream())
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst();
    }
}
