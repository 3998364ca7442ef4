package id.go.kpu.eppid.testsupport;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * For browser tests: when a test fails, saves the screenshot and HTML of the page the browser showed at that moment
 * as target/screenshots/FAILED-Class-method.png/.html (before {@code @AfterEach} closes the browser), so a failure
 * in CI can be understood from its artefacts.
 */
public class FailureCapture implements TestExecutionExceptionHandler {

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        Browser browser = Browser.current();
        if (browser != null) {
            try {
                browser.capture("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName());
            } catch (RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
        throw failure;
    }
}
