package id.go.kpu.eppid.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for browser tests (no browser download: /usr/bin/chromium and /usr/bin/chromedriver),
 * with waits for PrimeFaces ajax (never sleeps) and screenshots under target/screenshots.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String base;
    private final Path temp;
    private static final ThreadLocal<Browser> CURRENT = new ThreadLocal<>();

    public Browser(String baseUrl, int width, int height) {
        try {
            temp = Files.createTempDirectory("eppid-chrome");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--lang=id-ID", "--window-size=" + width + "," + height,
                "--user-data-dir=" + temp.resolve("profile"));
        driver = new ChromeDriver(options);
        // an ajax update may replace an element between finding and reading it: look again rather than fail
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        base = baseUrl.replaceAll("/$", "");
        CURRENT.set(this);
        awaitReady(base);
    }

    /**
     * Waits (up to a minute) until the freshly deployed portal serves its login page: the container may report the
     * deployment before the web application answers, and a first page would then be a 404.
     */
    private static void awaitReady(String base) {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpRequest ping = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login.xhtml"))
                .timeout(Duration.ofSeconds(10)).GET().build();
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < until) {
            try {
                if (client.send(ping, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The browser this thread opened last and has not closed, if any (for {@link FailureCapture}). */
    static Browser current() {
        return CURRENT.get();
    }

    /** Saves what the browser shows (screenshot and HTML) as target/screenshots/NAME.png and .html. */
    void capture(String name) {
        Path png = screenshot(name);
        try {
            Files.writeString(png.resolveSibling(name + ".html"), driver.getPageSource());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The portal's base URL, without a trailing slash. */
    public String base() {
        return base;
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(base + path);
        waitForAjax();
    }

    public WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public WebElement present(String css) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    public boolean exists(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    /** Types into a field (cleared first). */
    public void type(String css, String text) {
        waitForAnimations();
        WebElement e = find(css);
        e.clear();
        e.sendKeys(text);
    }

    /** Replaces a field's text as a person does (select all, type): for masked inputs that ignore {@code clear()}. */
    public void retype(String css, String text) {
        WebElement e = find(css);
        e.click();
        e.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), text);
    }

    /** Clicks once nothing on the page is moving (a section unfolding moves what is below it). */
    public void click(String css) {
        waitForAnimations();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
        waitForAjax();
    }

    /** Waits until no jQuery animation (a fieldset unfolding, a panel sliding) is running. */
    public void waitForAnimations() {
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return typeof jQuery === 'undefined' || jQuery(':animated').length === 0;"));
    }

    /**
     * Picks an item of a PrimeFaces selectOneMenu by its visible label, as a person clicks it. Waits until an ajax
     * update has brought the item and enabled the menu, and opens the panel again if a click landed while the menu
     * was still being replaced.
     */
    public void choose(String menuId, String label) {
        By menu = By.cssSelector(css(menuId));
        By panel = By.cssSelector(css(menuId + "_panel"));
        By item = By.cssSelector(css(menuId + "_panel") + " li[data-label=\"" + label + "\"]");
        By option = By.cssSelector(css(menuId + "_input") + " option");
        // PrimeFaces builds the panel's items when it first opens: wait for the option in the hidden select
        wait.until(d -> !d.findElement(menu).getAttribute("class").contains("ui-state-disabled")
                && d.findElements(option).stream().anyMatch(o -> label.equals(o.getAttribute("textContent").trim())));
        wait.until(d -> {
            // the visible item of the open panel (an ajax update may have left an older, hidden copy)
            WebElement visible = d.findElements(item).stream().filter(WebElement::isDisplayed).findFirst()
                    .orElse(null);
            if (visible != null) {
                visible.click();
                return true;
            }
            if (d.findElements(panel).stream().noneMatch(WebElement::isDisplayed)) {
                d.findElement(menu).click();
            }
            return false;
        });
        wait.until(d -> label.equals(d.findElement(By.cssSelector(css(menuId + "_label"))).getText().trim()));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(panel));
        waitForAjax();
    }

    /** Picks a PrimeFaces radio button by its label text. */
    public void radio(String groupId, String label) {
        for (WebElement l : driver.findElements(By.cssSelector(css(groupId) + " label"))) {
            if (l.getText().trim().equals(label)) {
                l.click();
                waitForAjax();
                return;
            }
        }
        throw new AssertionError("no radio '" + label + "' in " + groupId);
    }

    /** Sends a file to a PrimeFaces fileUpload (auto upload) and waits for the upload round trip. */
    public void upload(String uploadId, Path file) {
        present(css(uploadId + "_input")).sendKeys(file.toAbsolutePath().toString());
        waitForAjax();
    }

    /** Waits until PrimeFaces and jQuery have no request in flight. */
    public void waitForAjax() {
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (typeof PrimeFaces === 'undefined' "
                        + "|| (PrimeFaces.ajax.Queue.isEmpty() && (typeof jQuery === 'undefined' || jQuery.active === 0)));"));
    }

    public void waitForUrl(String fragment) {
        wait.until(ExpectedConditions.urlContains(fragment));
        waitForAjax();
    }

    public void waitForText(String css, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    public String text(String css) {
        return find(css).getText();
    }

    public String value(String css) {
        return find(css).getAttribute("value");
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Saves a screenshot as target/screenshots/NAME.png. */
    public Path screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Downloads a URL with this browser's cookies (e.g. a PDF behind the session). */
    public HttpResponse<byte[]> download(String url) throws IOException, InterruptedException {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Clicks a control that loads a new page (a non-ajax submit, a sign-out) and waits until the new page has replaced
     * the old one, so the next step never reads an element of the page that is going away.
     */
    public void clickAndLoad(String css) {
        WebElement page = driver.findElement(By.tagName("html"));
        click(css);
        // Chrome reports a replaced document either as a stale element or as "node does not belong to the document"
        wait.until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
        waitForAjax();
    }

    /** Opens the sign-in page and signs in as a demo account (password of every demo account). */
    public void signIn(String username) {
        open("/login.xhtml");
        signInHere(username);
        wait.until(d -> !d.getCurrentUrl().contains("login.xhtml"));
        waitForAjax();
    }

    /** Fills the sign-in form the browser shows (e.g. after a redirect from a protected page) and submits it. */
    public void signInHere(String username) {
        type(css("login:username"), username);
        type(css("login:password"), PortalApi.DEMO_PASSWORD);
        clickAndLoad(css("login:submit"));
    }

    /** Draws a short stroke on a canvas (e.g. a signature pad), as a finger or mouse does. */
    public void drawOn(String css) {
        WebElement canvas = find(css);
        new org.openqa.selenium.interactions.Actions(driver)
                .moveToElement(canvas, -80, 10).clickAndHold()
                .moveByOffset(30, -25).moveByOffset(30, 30).moveByOffset(30, -30).moveByOffset(30, 25)
                .release().perform();
    }

    /** Clicks the link or button whose id ends with {@code idSuffix} in the table row that contains {@code text}. */
    public void clickInRow(String text, String idSuffix) {
        driver.findElement(By.xpath("//tr[contains(., '" + text + "')]//*[substring(@id, string-length(@id) - "
                + (idSuffix.length() - 1) + ") = '" + idSuffix + "']")).click();
        waitForAjax();
    }

    /** Signs out everyone: a fresh session. */
    public void clearSession() {
        driver.manage().deleteAllCookies();
    }

    public Cookie cookie(String name) {
        return driver.manage().getCookieNamed(name);
    }

    public Path tempFile(String name, byte[] content) {
        try {
            return Files.write(temp.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CSS selector for a Faces client id (escapes the colons). */
    public static String css(String clientId) {
        return "#" + clientId.replace(":", "\\:");
    }

    @Override
    public void close() {
        if (CURRENT.get() == this) {
            CURRENT.remove();
        }
        driver.quit();
    }
}
