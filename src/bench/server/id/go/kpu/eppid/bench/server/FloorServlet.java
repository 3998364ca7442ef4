package id.go.kpu.eppid.bench.server;

import id.go.kpu.eppid.shared.persistence.PortalDataSource;
import id.go.kpu.eppid.shared.upload.FileStore;
import id.go.kpu.eppid.shared.upload.MultipartParser;
import id.go.kpu.eppid.shared.upload.ParsedMultipart;
import id.go.kpu.eppid.shared.upload.PortalFiles;
import id.go.kpu.eppid.shared.upload.StoredFile;
import id.go.kpu.eppid.shared.upload.UploadedFile;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The benchmark's floor (issue 8): the least a submission must do, in the same server as the portal — parse the
 * multipart body with the portal's own parser, write the file with the portal's file store (SHA-256 on the way), one
 * insert. No content check, no number, no mail, no audit. The portal's submission is measured as a ratio to this.
 * Only in the WAR that {@code mvn -Pbench verify} builds (source folder {@code src/bench/server}).
 */
@WebServlet(urlPatterns = "/bench/floor")
public class FloorServlet extends HttpServlet {

    private static final MultipartParser PARSER = MultipartParser.builder().maxFileSize(10 * MultipartParser.MB)
            .maxRequestSize(21 * MultipartParser.MB).build();

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    private DataSource database;

    @Inject
    private PortalFiles files;

    private FileStore store;

    @Override
    public void init() throws ServletException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            store = new FileStore(files.files().baseDir().resolveSibling("bench-floor"));
            s.execute("CREATE TABLE IF NOT EXISTS bench_floor (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, "
                    + "stored_name VARCHAR(120) NOT NULL, size_bytes BIGINT NOT NULL, sha256 CHAR(64) NOT NULL, "
                    + "name VARCHAR(150) NOT NULL, created_at DATETIME NOT NULL) ENGINE=InnoDB");
        } catch (IOException | SQLException e) {
            throw new ServletException(e);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try (ParsedMultipart form = PARSER.parse(request)) {
            Optional<UploadedFile> file = form.file("idScan");
            if (file.isEmpty()) {
                response.sendError(400);
                return;
            }
            StoredFile stored = store.store(file.get());
            try (Connection c = database.getConnection(); PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO bench_floor (stored_name, size_bytes, sha256, name, created_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, stored.storedName());
                insert.setLong(2, stored.sizeBytes());
                insert.setString(3, stored.sha256Hex());
                insert.setString(4, form.field("name").orElse(""));
                insert.setTimestamp(5, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            response.setStatus(201);
            response.setContentType("application/json");
            response.getWriter().write("{\"stored\":\"" + stored.storedName() + "\"}");
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
