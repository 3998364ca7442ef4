package id.go.kpu.eppid.processing.application;

import id.go.kpu.eppid.deadline.application.DeadlinePolicy;
import id.go.kpu.eppid.deadline.domain.RegimeScope;
import id.go.kpu.eppid.outgoing.application.LetterFacts;
import id.go.kpu.eppid.outgoing.domain.OutgoingLetterType;
import id.go.kpu.eppid.processing.domain.Classification;
import id.go.kpu.eppid.processing.domain.RequestAnalysis;
import id.go.kpu.eppid.processing.domain.RequestedItem;
import id.go.kpu.eppid.request.application.RequestRecords;
import id.go.kpu.eppid.request.domain.FileKind;
import id.go.kpu.eppid.request.domain.ServiceRequest;
import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.time.OfficeDateFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The facts of the letters that follow from an analysis (REQ-6, LAW-1, LAW-2, LAW-3): the outcome's letter once the
 * request is decided, and the extension notice once the deadline was extended. Keys as listed in {@link LetterFacts}.
 */
@ApplicationScoped
public class DecisionLetterFacts implements LetterFacts {

    @Inject
    private RequestDecisions decisions;
    @Inject
    private RequestRecords records;
    @Inject
    private DeadlinePolicy deadlines;

    @Override
    public Set<OutgoingLetterType> applicable(ServiceRequest request) {
        Set<OutgoingLetterType> types = EnumSet.noneOf(OutgoingLetterType.class);
        decisions.analysis(request).ifPresent(a -> {
            if (a.getOutcome() != null) {
                types.add(a.getOutcome().letter());
            }
            if (a.isExtended()) {
                types.add(OutgoingLetterType.EXTENSION);
            }
        });
        return types;
    }

    @Override
    public Map<String, Object> facts(ServiceRequest request, OutgoingLetterType type, Locale locale) {
        Map<String, Object> facts = new HashMap<>();
        RequestAnalysis analysis = decisions.analysis(request).orElse(null);
        if (analysis == null) {
            return facts;
        }
        Messages m = Messages.of(locale);
        ZoneId zone = request.getOffice().getZone();
        List<RequestedItem> items = decisions.items(request);
        switch (type) {
            case ACCEPTANCE -> {
                facts.put("items", items.stream().map(i -> item(i, m, locale)).toList());
                facts.put("dataFiles", dataFiles(request));
                put(facts, "notes", analysis.getDecisionNote());
            }
            case PARTIAL_GRANT, REFUSAL -> {
                facts.put("items", items.stream()
                        .filter(i -> type == OutgoingLetterType.PARTIAL_GRANT || i.getClassification().withholds())
                        .map(i -> item(i, m, locale)).toList());
                if (type == OutgoingLetterType.PARTIAL_GRANT) {
                    facts.put("dataFiles", dataFiles(request));
                }
                // LAW-3: the objection window, from the objection regime and the office's calendar
                facts.put("objectionDeadline", OfficeDateFormat.date(deadlines.schedule(request.getOffice(),
                        RegimeScope.OBJECTION, Instant.now()).dueAt().atZone(zone), locale));
                facts.put("objectionTo", m.get("letter.objectionTo", request.getOffice().getName(),
                        request.getOffice().getAddress()));
                put(facts, "notes", analysis.getDecisionNote());
            }
            case NOT_HELD -> {
                put(facts, "holderBody", analysis.getHolderBody());
                put(facts, "notes", analysis.getDecisionNote());
            }
            case EXTENSION -> {
                put(facts, "extensionReason", analysis.getExtensionReason());
                put(facts, "extensionDays", analysis.getExtensionDays() == null ? null
                        : analysis.getExtensionDays().toString());
                put(facts, "previousDueDate", date(analysis.getDueBeforeExtension(), zone, locale));
                put(facts, "newDueDate", date(request.getDueAt(), zone, locale));
            }
            default -> {
            }
        }
        return facts;
    }

    private static Map<String, String> item(RequestedItem i, Messages m, Locale locale) {
        Map<String, String> item = new LinkedHashMap<>();
        item.put("position", Integer.toString(i.getPosition()));
        item.put("description", i.getDescription());
        item.put("classification", m.label(i.getClassification()));
        if (i.getCategory() != null) {
            item.put("category", i.getCategory().getArticle());
            item.put("categoryText", i.getCategory().text(locale));
        }
        putIfSet(item, "harm", i.getHarm());
        putIfSet(item, "publicInterest", i.getPublicInterest());
        putIfSet(item, "legalBasis", i.getLegalBasis());
        putIfSet(item, "redaction", i.getRedaction());
        return item;
    }

    private List<Map<String, String>> dataFiles(ServiceRequest request) {
        return records.files(request, FileKind.DATA).stream().map(f -> Map.of("name", f.getOriginalName())).toList();
    }

    private static String date(Instant instant, ZoneId zone, Locale locale) {
        return instant == null ? null : OfficeDateFormat.date(instant.atZone(zone), locale);
    }

    private static void put(Map<String, Object> facts, String key, String value) {
        if (value != null) {
            facts.put(key, value);
        }
    }

    private static void putIfSet(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
