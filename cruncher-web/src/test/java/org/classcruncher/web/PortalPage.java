package org.classcruncher.web;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The portal in headless Chromium (Debian's chromium and chromedriver), driven as a person would. */
final class PortalPage implements AutoCloseable {

    /** One class of the plan table as the page shows it. */
    record Row(String label, int total) {
    }

    private static final Set<String> FINISHED = Set.of("SOLVED", "INFEASIBLE", "TIMED_OUT", "CANCELLED", "FAILED");

    private final WebDriver driver;
    private final WebDriverWait wait;

    private PortalPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    static PortalPage open(URL base) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1800");
        // The console is part of the result: a script the content security policy refuses fails the test (close()).
        org.openqa.selenium.logging.LoggingPreferences console = new org.openqa.selenium.logging.LoggingPreferences();
        console.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", console);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
                .build();
        PortalPage page = new PortalPage(new ChromeDriver(service, options));
        page.driver.get(base.toString());
        return page;
    }

    /** Opens the portal (the login page, as no one is logged in yet) and logs in. */
    static PortalPage loggedIn(URL base, String username, String password) {
        PortalPage page = open(base);
        page.login(username, password);
        return page;
    }

    /** Fills the login form and sends it. */
    void login(String username, String password) {
        fill("login:username", username);
        fill("login:password", password);
        clickAndWaitForReload(By.id("login:submit"));
    }

    void logout() {
        clickAndWaitForReload(By.id("session:logout"));
    }

    String currentPath() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    /** The text of the element with this id, or "" when the page has none. */
    String text(String id) {
        List<WebElement> found = driver.findElements(By.id(id));
        return found.isEmpty() ? "" : found.get(0).getText().strip();
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Whether a JavaScript alert is open, e.g. from injected script. */
    boolean alertShown() {
        try {
            driver.switchTo().alert();
            return true;
        } catch (org.openqa.selenium.NoAlertPresentException none) {
            return false;
        }
    }

    /** Opens another page of the portal, e.g. "solves.xhtml". */
    void go(URL base, String page) {
        driver.get(base.toString() + page);
    }

    /** The value of the browser's cookie with this name for the portal (e.g. the session's), or null. */
    String cookie(String name) {
        org.openqa.selenium.Cookie cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    /** Whether the whole of the first element matching a CSS selector is in the window as the page opens, unscrolled. */
    boolean inFirstScreen(String css) {
        return (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "var r = document.querySelector(arguments[0]).getBoundingClientRect();"
                        + "return window.scrollY === 0 && r.top >= 0 && r.bottom <= window.innerHeight "
                        + "&& r.right <= document.documentElement.clientWidth;", css);
    }

    /** Opens every folded part of the page (a plan's tools, the grades of what was entered), as a reader's click would. */
    void openDisclosures() {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.querySelectorAll('details').forEach(function (d) { d.open = true; });");
    }

    /** The address the browser shows, with its fragment. */
    String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** The browser's Back button: the page before, as the browser shows it again. */
    void back() {
        driver.navigate().back();
    }

    void loadExample() {
        clickAndWaitForReload(By.id("school:loadExample"));
    }

    void fill(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    void submit() {
        clickAndWaitForReload(By.id("school:submit"));
    }

    /** Presses Enter in the input with this id, as someone who just typed a number there would. */
    void pressEnterIn(String id) {
        WebElement input = driver.findElement(By.id(id));
        input.sendKeys(org.openqa.selenium.Keys.ENTER);
        wait.until(page -> gone(input));
    }

    /** Waits until the solve page shows a finished status, and returns it. */
    String waitForFinishedStatus() {
        // The page's poll replaces the status element while we read it: read it afresh until it shows an end.
        return wait.ignoring(StaleElementReferenceException.class).until(page -> {
            List<WebElement> status = page.findElements(By.id("status"));
            // The page says the status in words; its code is in data-status.
            String text = status.isEmpty() ? "" : status.get(0).getDomAttribute("data-status");
            return FINISHED.contains(text) ? text : null;
        });
    }

    /** The rows of the best plan's table. */
    List<Row> planRows() {
        return driver.findElements(By.cssSelector("section.plan:first-of-type .plan-table tbody tr")).stream()
                .map(row -> new Row(row.findElement(By.cssSelector(".class-label")).getText().strip(),
                        Integer.parseInt(row.findElement(By.cssSelector(".class-total")).getText().strip())))
                .toList();
    }

    /** The texts of the elements matching a CSS selector. */
    List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(element -> element.getText().strip()).toList();
    }

    /** An attribute of each element matching a CSS selector. */
    List<String> attributes(String css, String attribute) {
        return driver.findElements(By.cssSelector(css)).stream().map(element -> element.getDomAttribute(attribute))
                .toList();
    }

    /** The value an input shows now. */
    String value(String id) {
        return driver.findElement(By.id(id)).getDomProperty("value");
    }

    /** Waits until the page shows an element matching a CSS selector (e.g. once its poll has seen the end). */
    void waitFor(String css) {
        wait.ignoring(StaleElementReferenceException.class)
                .until(page -> !page.findElements(By.cssSelector(css)).isEmpty());
    }

    /** Puts this text in the field with this id as a paste would (tabs included, which typing would not keep). */
    void paste(String id, String text) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];",
                driver.findElement(By.id(id)), text);
    }

    /** Shows the page as the printer would see it (CSS print media), for {@link #display}. */
    void emulatePrint() {
        ((org.openqa.selenium.chrome.ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia",
                java.util.Map.of("media", "print"));
    }

    /** The computed CSS display of the first element matching a selector. */
    String display(String css) {
        return driver.findElement(By.cssSelector(css)).getCssValue("display");
    }

    /** Prints the page to PDF as Chromium does (A4-ish, its print CSS) and counts the pages. */
    int printedPages() {
        org.openqa.selenium.Pdf pdf = ((org.openqa.selenium.PrintsPage) driver).print(
                new org.openqa.selenium.print.PrintOptions());
        String text = new String(java.util.Base64.getDecoder().decode(pdf.getContent()),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        return (int) java.util.regex.Pattern.compile("/Type\\s*/Page(?![a-zA-Z])").matcher(text).results().count();
    }

    /** Runs a line of script in the page, e.g. to set what a button would before printing. */
    void script(String script) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script);
    }

    /** Chooses this file in the file field with this id. */
    void attach(String id, java.nio.file.Path file) {
        driver.findElement(By.id(id)).sendKeys(file.toAbsolutePath().toString());
    }

    /** Clicks the button or link with this id and waits for the next page. */
    void click(String id) {
        clickAndWaitForReload(By.id(id));
    }

    /** Clicks the first button whose label is this text and waits for the next page. */
    void clickButton(String label) {
        clickAndWaitForReload(By.xpath("//input[@type='submit' and @value=" + xpathText(label) + "]"));
    }

    /** Clicks the button with this label in the list item that says {@code text}, and waits for the next page. */
    void clickButtonNextTo(String text, String label) {
        clickAndWaitForReload(By.xpath("//li[span[normalize-space(.)=" + xpathText(text) + "]]//input[@type='submit' and "
                + "@value=" + xpathText(label) + "]"));
    }

    /** Chooses the first option whose text starts with {@code prefix} in the menu with this id. */
    void chooseStartingWith(String id, String prefix) {
        org.openqa.selenium.support.ui.Select menu = new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(id)));
        menu.getOptions().stream().filter(option -> option.getText().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no option starting with " + prefix)).click();
    }

    /** The values of the ticked boxes of the checkbox group with this name. */
    List<String> ticked(String name) {
        return driver.findElements(By.cssSelector("input[type=checkbox][name='" + name + "']")).stream()
                .filter(WebElement::isSelected).map(box -> box.getDomAttribute("value")).toList();
    }

    /** Ticks (or unticks) the box with this value in the checkbox group with this name. */
    void tick(String name, String value) {
        driver.findElement(By.cssSelector("input[type=checkbox][name='" + name + "'][value='" + value + "']")).click();
    }

    /** Waits until the element with this id shows a text containing {@code part}, e.g. after an ajax update. */
    void waitForText(String id, String part) {
        wait.ignoring(StaleElementReferenceException.class).until(page -> text(id).contains(part));
    }

    /**
     * Clicks the button labelled {@code label} in the table row that has a cell reading exactly {@code cell} (e.g. an
     * account's Edit), and waits for the next page.
     */
    void clickInRow(String cell, String label) {
        clickAndWaitForReload(By.xpath("//tr[td[normalize-space(.)=" + xpathText(cell) + "]]//input[@type='submit' and "
                + "@value=" + xpathText(label) + "]"));
    }

    /** Follows the link with this text and waits for the next page. */
    void clickLink(String text) {
        clickAndWaitForReload(By.linkText(text));
    }

    /** Chooses the option with this text in the menu with this id (no reload: the form is sent later). */
    void choose(String id, String option) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(id))).selectByVisibleText(option);
    }

    /**
     * Types a number over what the input matching a CSS selector holds and leaves it with Tab, as a person would:
     * the page's change handler (an Ajax re-check) runs. Select-all and type, not clear: clearing fires a change too.
     */
    void retype(String css, String text) {
        driver.findElement(By.cssSelector(css)).sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                text, org.openqa.selenium.Keys.TAB);
    }

    /** Clicks the button with this id without waiting for a new page (an Ajax button); see {@link #waitForAttribute}. */
    void press(String id) {
        driver.findElement(By.id(id)).click();
    }

    /** Waits until the first element matching a CSS selector has this attribute value (e.g. after an Ajax update). */
    void waitForAttribute(String css, String attribute, String value) {
        wait.ignoring(StaleElementReferenceException.class).until(page -> page.findElements(By.cssSelector(css))
                .stream().findFirst().map(element -> value.equals(element.getDomAttribute(attribute))).orElse(false));
    }

    /** Whether the element with this id is enabled (a button offered, not greyed out). */
    boolean enabled(String id) {
        return driver.findElement(By.id(id)).isEnabled();
    }

    /**
     * Saves what the browser shows as {@code name}.png in the build's screenshots folder, so a reviewer sees each
     * step of a flow.
     */
    void screenshot(String name) {
        java.nio.file.Path folder = java.nio.file.Path.of(System.getProperty("cruncher.war")).getParent()
                .resolve("screenshots");
        try {
            java.nio.file.Files.createDirectories(folder);
            java.nio.file.Files.write(folder.resolve(name + ".png"),
                    ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String xpathText(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    /** The message the form shows next to the input with this id. */
    String messageNextTo(String id) {
        return driver.findElement(By.id(id + "Message")).getText().strip();
    }

    private void clickAndWaitForReload(By button) {
        WebElement old = driver.findElement(button);
        old.click();
        wait.until(page -> gone(old));
    }

    /** Whether the page holding the element was replaced; Chromium reports it in one of two ways. */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException replaced) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /**
     * Makes the window this size and its viewport exactly that (Chromium's device emulation: a desktop window may
     * keep a minimum width), as on a phone held upright; pages opened next are laid out for it.
     */
    void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** How wide the page is laid out (its scroll width): more than {@link #viewportWidth()} scrolls sideways. */
    long pageWidth() {
        return ((Number) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth;")).longValue();
    }

    /** The viewport's width without a vertical scroll bar (the root's client width; window.innerWidth includes it). */
    long viewportWidth() {
        return ((Number) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return Math.min(document.documentElement.clientWidth, window.innerWidth);")).longValue();
    }

    /**
     * The shown elements matching a CSS selector that lie partly outside the viewport's width (cut off, or only reached
     * by scrolling a box sideways), by their text.
     */
    List<String> offScreen(String css) {
        @SuppressWarnings("unchecked")
        List<String> off = (List<String>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "var width = Math.min(document.documentElement.clientWidth, window.innerWidth);"
                        + "return Array.from(document.querySelectorAll(arguments[0])).filter(function (e) {"
                        + "  var r = e.getBoundingClientRect();"
                        + "  return r.width > 0 && r.height > 0 && (r.left < -1 || r.right > width + 1);"
                        + "}).map(function (e) { return (e.textContent || e.value || e.id).trim().slice(0, 40); });",
                css);
        return off;
    }

    /** The texts of the header's navigation links. */
    List<String> navLinks() {
        return texts(".site-header nav a");
    }

    /** The navigation links that are not wholly on screen: not shown, or cut off at the left or right edge. */
    @SuppressWarnings("unchecked")
    List<String> navLinksOffScreen() {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                var width = document.documentElement.clientWidth;
                return Array.from(document.querySelectorAll('.site-header nav a')).filter(function (link) {
                    var box = link.getBoundingClientRect();
                    var style = getComputedStyle(link);
                    return box.width === 0 || box.height === 0 || style.visibility === 'hidden'
                        || box.left < 0 || box.right > width;
                }).map(function (link) { return link.textContent.trim(); });
                """);
    }

    /**
     * Runs axe-core in the page (the text of its axe.min.js) and answers the rules the page breaks, each a map of
     * its {@code id}, {@code impact}, {@code help} and {@code targets} (the CSS selectors of up to 5 elements).
     */
    @SuppressWarnings("unchecked")
    List<java.util.Map<String, Object>> axeViolations(String axeScript) {
        org.openqa.selenium.JavascriptExecutor script = (org.openqa.selenium.JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(script.executeScript("return typeof window.axe === 'object';"))) {
            script.executeScript(axeScript);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object answer = script.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(function (results) {
                    done(results.violations.map(function (rule) {
                        return {id: rule.id, impact: rule.impact, help: rule.help,
                                targets: rule.nodes.slice(0, 5).map(function (node) { return node.target.join(' '); })};
                    }));
                }, function (error) { done('axe failed: ' + error); });
                """);
        if (answer instanceof String failure) {
            throw new AssertionError(failure);
        }
        return (List<java.util.Map<String, Object>>) answer;
    }

    /** Presses Tab, as the keyboard would: the focus moves to the next control. */
    void pressTab() {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.TAB).perform();
    }

    /** Presses Enter on whatever has the focus (a link followed in the same page, a field, …). */
    void pressEnter() {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.ENTER).perform();
    }

    /** Presses Enter on whatever has the focus and waits for the next page, e.g. on a submit button. */
    void pressEnterAndWaitForNextPage() {
        WebElement page = driver.findElement(By.tagName("html"));
        pressEnter();
        wait.until(next -> gone(page));
        wait.until(next -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) next)
                .executeScript("return document.readyState;")));
    }

    /** Types this text into whatever has the focus, key by key. */
    void type(String text) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(text).perform();
    }

    /** The id of the element that has the focus ("" when it has none, or nothing but the page has the focus). */
    String focusedId() {
        Object id = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return document.activeElement ? document.activeElement.id : '';");
        return id == null ? "" : id.toString();
    }

    /** Waits until the element with this id has the focus, e.g. the content after the skip link was followed. */
    void waitForFocus(String id) {
        wait.until(page -> id.equals(focusedId()));
    }

    /**
     * The element with the focus (its id, else its tag and text) and whether the page draws a focus ring around it:
     * an outline, not "none", at least 2px wide.
     */
    java.util.Map.Entry<String, Boolean> focused() {
        List<?> answer = (List<?>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                var element = document.activeElement;
                if (!element || element === document.body) {
                    return ['(the page)', false];
                }
                var style = getComputedStyle(element);
                var ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
                var name = element.id ? '#' + element.id : element.tagName.toLowerCase() + ' "'
                    + (element.value || element.textContent || '').trim().substring(0, 40) + '"';
                return [name, ring];
                """);
        return java.util.Map.entry(String.valueOf(answer.get(0)), Boolean.TRUE.equals(answer.get(1)));
    }

    /**
     * Presses Tab until the element with this id has the focus, at most {@code most} times; answers each element the
     * focus stopped at on the way (the last one that one) with whether it showed a focus ring.
     */
    List<java.util.Map.Entry<String, Boolean>> tabUntil(String id, int most) {
        List<java.util.Map.Entry<String, Boolean>> stops = new java.util.ArrayList<>();
        for (int press = 0; press < most; press++) {
            pressTab();
            stops.add(focused());
            if (id.equals(focusedId())) {
                return stops;
            }
        }
        throw new AssertionError("the focus did not reach #" + id + " in " + most + " presses of Tab; it went to "
                + stops.stream().map(java.util.Map.Entry::getKey).toList());
    }

    /** What the browser refused under the content security policy since the last look, from its console. */
    List<String> refusedByThePolicy() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }

    /** Closes the browser; fails if it refused anything under the content security policy meanwhile. */
    @Override
    public void close() {
        List<String> refused;
        try {
            refused = refusedByThePolicy();
        } finally {
            driver.quit();
        }
        if (!refused.isEmpty()) {
            throw new AssertionError("the content security policy refused: " + refused);
        }
    }
}
