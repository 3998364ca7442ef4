package id.go.kpu.eppid.processing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/**
 * A category of excepted information under UU 14/2008 Pasal 17 (huruf a–j, LAW-2), with the clause in Indonesian and
 * an unofficial English rendering. A refusal names its category (REQ-6). Reference data, read-only.
 */
@Entity
@Table(name = "exception_category")
public class ExceptionCategory {

    @Id
    @Column(length = 1)
    private String code;

    @Column(nullable = false, length = 40, insertable = false, updatable = false)
    private String article;

    @Column(name = "text_id", nullable = false, columnDefinition = "TEXT", insertable = false, updatable = false)
    private String textId;

    @Column(name = "text_en", nullable = false, columnDefinition = "TEXT", insertable = false, updatable = false)
    private String textEn;

    protected ExceptionCategory() {
    }

    public String getCode() {
        return code;
    }

    /** e.g. "Pasal 17 huruf h". */
    public String getArticle() {
        return article;
    }

    /** The clause in the given language (Bahasa Indonesia unless English). */
    public String text(Locale locale) {
        return "en".equals(locale.getLanguage()) ? textEn : textId;
    }

    public String getTextId() {
        return textId;
    }

    public String getTextEn() {
        return textEn;
    }
}
