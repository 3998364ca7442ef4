package id.go.kpu.eppid.shared.upload;

import id.go.kpu.eppid.shared.validation.InvalidInputException.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * A signature drawn on screen (PrimeFaces {@code p:signature}, sent as a PNG data URL), checked like every upload: a
 * PNG by its bytes, at most {@value #MAX_BYTES} bytes. Used by the guest book and the expedition book.
 */
public final class SignatureImages {

    public static final int MAX_BYTES = 300 * 1024;
    private static final String PNG_DATA_URL = "data:image/png;base64,";
    private static final ContentInspector INSPECTOR = new ContentInspector();

    private SignatureImages() {
    }

    /**
     * The PNG of a signature data URL, or null with a problem on {@code field}: {@code requiredKey} when there is
     * none, {@code invalidKey} when it is not a PNG signature.
     */
    public static byte[] decode(List<Problem> problems, String field, String dataUrl, String requiredKey,
            String invalidKey) {
        if (dataUrl == null || !dataUrl.startsWith(PNG_DATA_URL)) {
            problems.add(new Problem(field, requiredKey));
            return null;
        }
        byte[] png;
        try {
            png = Base64.getDecoder().decode(dataUrl.substring(PNG_DATA_URL.length()));
            if (png.length > MAX_BYTES
                    || !INSPECTOR.inspect(new ByteArrayInputStream(png)).isAllowed(Set.of("image/png"))) {
                problems.add(new Problem(field, invalidKey));
                return null;
            }
        } catch (IllegalArgumentException | IOException e) {
            problems.add(new Problem(field, invalidKey));
            return null;
        }
        return png;
    }
}
