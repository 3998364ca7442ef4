package id.go.kpu.eppid.shared.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.complaint.domain.ComplaintChannel;
import id.go.kpu.eppid.complaint.domain.ComplaintKind;
import id.go.kpu.eppid.consultation.domain.ConsultationStatus;
import id.go.kpu.eppid.consultation.domain.DelegationStatus;
import id.go.kpu.eppid.contact.domain.ContactChannel;
import id.go.kpu.eppid.deadline.domain.DayOffKind;
import id.go.kpu.eppid.deadline.domain.RegimeClock;
import id.go.kpu.eppid.deadline.domain.RegimeScope;
import id.go.kpu.eppid.deadline.domain.ServiceKind;
import id.go.kpu.eppid.dip.domain.DipCategory;
import id.go.kpu.eppid.guestbook.domain.VisitPurpose;
import id.go.kpu.eppid.letter.domain.LetterChannel;
import id.go.kpu.eppid.letter.domain.LetterFileKind;
import id.go.kpu.eppid.letter.domain.LetterType;
import id.go.kpu.eppid.processing.domain.Classification;
import id.go.kpu.eppid.delivery.domain.HandOverContent;
import id.go.kpu.eppid.delivery.domain.HandOverMethod;
import id.go.kpu.eppid.processing.domain.DecisionOutcome;
import id.go.kpu.eppid.processing.domain.DispositionKind;
import id.go.kpu.eppid.processing.domain.DispositionPriority;
import id.go.kpu.eppid.queue.domain.QueueService;
import id.go.kpu.eppid.queue.domain.TicketPriority;
import id.go.kpu.eppid.queue.domain.TicketStatus;
import id.go.kpu.eppid.objection.domain.DisputeOutcome;
import id.go.kpu.eppid.objection.domain.ObjectionChannel;
import id.go.kpu.eppid.objection.domain.ObjectionDecision;
import id.go.kpu.eppid.objection.domain.ObjectionGround;
import id.go.kpu.eppid.objection.domain.ObjectionWindow;
import id.go.kpu.eppid.outgoing.domain.LetterStatus;
import id.go.kpu.eppid.outgoing.domain.OutgoingLetterType;
import id.go.kpu.eppid.outgoing.domain.SignatureMethod;
import id.go.kpu.eppid.request.domain.ApplicantType;
import id.go.kpu.eppid.request.domain.Channel;
import id.go.kpu.eppid.request.domain.DeliveryMethod;
import id.go.kpu.eppid.request.domain.EventAction;
import id.go.kpu.eppid.request.domain.FileKind;
import id.go.kpu.eppid.request.domain.IdCheck;
import id.go.kpu.eppid.request.domain.IdType;
import id.go.kpu.eppid.request.domain.ObtainMethod;
import id.go.kpu.eppid.request.domain.RequestKind;
import id.go.kpu.eppid.request.domain.RequestStatus;
import id.go.kpu.eppid.request.domain.RequestTransition;
import id.go.kpu.eppid.shared.mail.OutgoingMail;
import id.go.kpu.eppid.staff.domain.Role;
import id.go.kpu.eppid.standards.domain.ReminderKind;
import id.go.kpu.eppid.helpdesk.domain.ConsultationTopic;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskChannel;
import id.go.kpu.eppid.helpdesk.domain.CallOutcome;
import id.go.kpu.eppid.helpdesk.domain.CallbackReason;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskDuty;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskEntryKind;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskPosition;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskRecap;
import id.go.kpu.eppid.helpdesk.domain.MonitoringSlot;
import id.go.kpu.eppid.survey.domain.SatisfactionIndex;
import id.go.kpu.eppid.survey.domain.SurveyElement;
import id.go.kpu.eppid.survey.domain.SurveyResponse;
import id.go.kpu.eppid.survey.domain.SurveyService;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskEscalation;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskStatus;
import id.go.kpu.eppid.standards.domain.StepProcess;
import id.go.kpu.eppid.standards.domain.TrafficLight;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every string comes from the bundles, in both languages; every key a page uses exists. */
class BundleCompletenessTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundleCompletenessTest.class.getResourceAsStream("/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        var id = new TreeSet<>(load("messages_id.properties").stringPropertyNames());
        var en = new TreeSet<>(load("messages_en.properties").stringPropertyNames());
        var onlyId = new TreeSet<>(id);
        onlyId.removeAll(en);
        var onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(id);
        assertTrue(onlyId.isEmpty() && onlyEn.isEmpty(), "only in id: " + onlyId + ", only in en: " + onlyEn);
    }

    @Test
    void everyEnumHasALabelInBothLanguages() {
        List<Class<? extends Enum<?>>> enums = List.of(RequestKind.class, Channel.class, ApplicantType.class,
                IdType.class, ObtainMethod.class, DeliveryMethod.class, FileKind.class, EventAction.class,
                RequestStatus.class, OutgoingMail.Status.class,
                QueueService.class, TicketPriority.class, TicketStatus.class, RequestTransition.class, IdCheck.class,
                DispositionKind.class, DispositionPriority.class, VisitPurpose.class, LetterChannel.class,
                LetterType.class, LetterFileKind.class, ContactChannel.class, Role.class, Classification.class,
                DecisionOutcome.class, HandOverMethod.class, HandOverContent.class,
                OutgoingLetterType.class, LetterStatus.class, SignatureMethod.class,
                ConsultationStatus.class, DelegationStatus.class,
                StepProcess.class, TrafficLight.class, ReminderKind.class,
                DayOffKind.class, ServiceKind.class, RegimeClock.class, RegimeScope.class,
                HelpdeskChannel.class, ConsultationTopic.class, HelpdeskStatus.class, HelpdeskEntryKind.class,
                HelpdeskEscalation.Outcome.class, SurveyElement.class, SurveyService.class,
                SurveyResponse.Via.class, HelpdeskPosition.class, HelpdeskDuty.Attendance.class,
                CallbackReason.class, CallOutcome.class, HelpdeskRecap.Kind.class,
                MonitoringSlot.class, MonitoringSlot.State.class,
                ObjectionGround.class, ObjectionChannel.class, ObjectionDecision.class, DisputeOutcome.class,
                ObjectionWindow.Reason.class, SatisfactionIndex.Grade.class, DipCategory.class,
                ComplaintKind.class, ComplaintChannel.class);
        for (Locale locale : Messages.SUPPORTED) {
            Messages m = Messages.of(locale);
            for (Class<? extends Enum<?>> type : enums) {
                for (Enum<?> constant : type.getEnumConstants()) {
                    String label = m.label(constant);
                    assertTrue(!label.contains(".") || label.contains(" "), locale + ": no label for " + constant);
                }
            }
        }
        assertEquals("Permohonan Informasi", Messages.of(Messages.INDONESIAN).label(RequestKind.INFORMATION));
        assertEquals("Information request", Messages.of(Locale.ENGLISH).label(RequestKind.INFORMATION));
        assertEquals("Permohonan Informasi", Messages.of(Locale.FRENCH).label(RequestKind.INFORMATION),
                "anything but English gets Bahasa Indonesia");
    }

    @Test
    void aTextWithArgumentsDoublesItsApostrophes() throws IOException {
        // MessageFormat (and h:outputFormat) read a single ' as a quote: "office's {0}" prints "offices {0}".
        java.util.regex.Pattern arg = java.util.regex.Pattern.compile("\\{\\d");
        java.util.regex.Pattern single = java.util.regex.Pattern.compile("(?<!')'(?!')");
        for (String name : List.of("messages_id.properties", "messages_en.properties")) {
            Properties p = load(name);
            for (String key : p.stringPropertyNames()) {
                String v = p.getProperty(key);
                assertTrue(!arg.matcher(v).find() || !single.matcher(v).find(),
                        name + " " + key + ": write '' for an apostrophe in a text with arguments");
            }
        }
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        // Properties keep the last of two equal keys silently: one feature's text would replace another's.
        for (String name : List.of("messages_id.properties", "messages_en.properties")) {
            List<String> seen = new ArrayList<>();
            List<String> twice = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of("src/main/resources", name))) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || !trimmed.contains("=")) {
                    continue;
                }
                String k = trimmed.substring(0, trimmed.indexOf('=')).strip();
                if (seen.contains(k)) {
                    twice.add(k);
                }
                seen.add(k);
            }
            assertTrue(twice.isEmpty(), name + " defines twice: " + twice);
        }
    }

    @Test
    void everyPageIsWellFormed() throws Exception {
        // A page that does not parse fails only when it is opened: catch it here, without a server.
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        List<String> broken = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(Path.of("webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                try {
                    factory.newDocumentBuilder().parse(page.toFile());
                } catch (org.xml.sax.SAXException e) {
                    broken.add(page + ": " + e.getMessage());
                }
            }
        }
        assertTrue(broken.isEmpty(), "pages that do not parse: " + broken);
    }

    @Test
    void everyKeyUsedInPagesExists() throws IOException {
        Properties id = load("messages_id.properties");
        Pattern key = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(Path.of("webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = key.matcher(Files.readString(page));
                while (m.find()) {
                    if (!m.group(1).endsWith(".") && !id.containsKey(m.group(1))) {
                        missing.add(page + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "missing keys: " + missing);
    }

    @Test
    void messagesAreFormattedInTheirLanguage() {
        assertNotEquals(Messages.of(Messages.INDONESIAN).get("validation.tooLong", 150),
                Messages.of(Locale.ENGLISH).get("validation.tooLong", 150));
        assertTrue(Messages.of(Messages.INDONESIAN).get("validation.tooLong", 150).contains("150"));
        assertEquals("no.such.key", Messages.of(Messages.INDONESIAN).get("no.such.key"));
    }
}
