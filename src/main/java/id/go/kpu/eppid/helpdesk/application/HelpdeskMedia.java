package id.go.kpu.eppid.helpdesk.application;

import static id.go.kpu.eppid.shared.validation.InputChecks.text;

import id.go.kpu.eppid.helpdesk.domain.HelpdeskAttachment;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskConsultation;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskEntryKind;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskMeeting;
import id.go.kpu.eppid.request.application.AcceptedFile;
import id.go.kpu.eppid.request.application.RequestUploads;
import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.mail.MailQueue;
import id.go.kpu.eppid.shared.mail.OutgoingMail;
import id.go.kpu.eppid.shared.time.OfficeDateFormat;
import id.go.kpu.eppid.shared.upload.ContentInspector;
import id.go.kpu.eppid.shared.upload.FileDetails;
import id.go.kpu.eppid.shared.upload.MultipartRequestFilter;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.shared.validation.InvalidInputException.Problem;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The documentation of a consultation and its online meetings (HD-3, HD-13): photos, screenshots of the messaging
 * group, recordings of a conversation or a meeting (checked by content, up to the configured size, streamed to disk);
 * an online meeting scheduled with its link and the invitation mailed to the party.
 */
@ApplicationScoped
@Transactional
public class HelpdeskMedia {

    /** The field documentation is uploaded with. */
    public static final String FIELD = "documentation";
    static final Duration MAX_AHEAD = Duration.ofDays(180);

    @PersistenceContext
    private EntityManager em;
    @Inject
    private HelpdeskDesk desk;
    @Inject
    private RequestUploads uploads;
    @Inject
    private MailQueue mail;

    private final Clock clock = Clock.systemUTC();

    /** What documentation may be: photos, PDF, audio and video, up to the configured size. */
    public RequestUploads.Rule rule() {
        return new RequestUploads.Rule(FIELD, ContentInspector.DOCUMENTATION, maxBytes(),
                "helpdesk.media.rejectedType");
    }

    public long maxBytes() {
        return MultipartRequestFilter.mediaSize();
    }

    /** HD-13: a photo, screenshot or recording kept with the consultation. */
    public HelpdeskAttachment add(StaffAccount actor, long consultationId, AcceptedFile file) {
        HelpdeskConsultation c = desk.workable(actor, consultationId);
        FileDetails stored = uploads.store(file);
        Instant now = clock.instant();
        HelpdeskAttachment a = new HelpdeskAttachment(c.getId(), null, stored, now, actor.getUsername());
        em.persist(a);
        desk.thread(c, actor, HelpdeskEntryKind.FILE_ADDED, stored.getOriginalName(), now);
        return a;
    }

    /** The meetings of a consultation, earliest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HelpdeskMeeting> meetings(long consultationId) {
        return em.createQuery("select m from HelpdeskMeeting m where m.consultationId = :c order by m.startsAt",
                HelpdeskMeeting.class).setParameter("c", consultationId).getResultList();
    }

    /**
     * HD-3: an online meeting at {@code startsAt} (office time) of {@code minutes}, at {@code link} (http or https);
     * the invitation is mailed to the party's address, which it needs.
     */
    public HelpdeskMeeting schedule(StaffAccount actor, long consultationId, LocalDateTime startsAt, Integer minutes,
            String link, String note) {
        HelpdeskConsultation c = desk.workable(actor, consultationId);
        List<Problem> problems = new ArrayList<>();
        Instant now = clock.instant();
        ZonedDateTime at = startsAt == null ? null : startsAt.atZone(actor.getOffice().getZone());
        if (at == null) {
            problems.add(new Problem("meetingAt", "validation.required"));
        } else if (at.toInstant().isBefore(now.minusSeconds(300)) || at.toInstant().isAfter(now.plus(MAX_AHEAD))) {
            problems.add(new Problem("meetingAt", "helpdesk.meeting.when", MAX_AHEAD.toDays()));
        }
        if (minutes == null || minutes < 15 || minutes > 240) {
            problems.add(new Problem("meetingMinutes", "helpdesk.meeting.minutes"));
        }
        String url = text(problems, "meetingLink", link, HelpdeskMeeting.LINK_LENGTH, true);
        if (url != null && !isWebLink(url)) {
            problems.add(new Problem("meetingLink", "helpdesk.meeting.link"));
        }
        String why = text(problems, "meetingNote", note, HelpdeskMeeting.NOTE_LENGTH, false);
        if (c.getEmail() == null) {
            problems.add(new Problem(null, "helpdesk.meeting.noEmail"));
        }
        InvalidInputException.throwIfAny(problems);
        HelpdeskMeeting meeting = new HelpdeskMeeting(c.getId(), new HelpdeskMeeting.Plan(at.toInstant(), minutes,
                url, why), c.getEmail(), now, actor.getUsername());
        em.persist(meeting);
        Messages m = Messages.of(Messages.INDONESIAN);
        OutgoingMail invitation = mail.enqueue(c.getOfficeId(), null, c.getEmail(),
                m.get("helpdesk.meeting.mail.subject", c.getNumber(), OfficeDateFormat.dateTime(at, m.locale())),
                m.get("helpdesk.meeting.mail.body", c.getRepresentative(), actor.getOffice().getName(),
                        OfficeDateFormat.dateTime(at, m.locale()), minutes, url, why == null ? "—" : why,
                        c.getNumber()));
        em.flush();
        meeting.invitationQueued(invitation.getId());
        desk.thread(c, actor, HelpdeskEntryKind.MEETING_SCHEDULED,
                OfficeDateFormat.dateTime(at, m.locale()) + " · " + url, now);
        return meeting;
    }

    private static boolean isWebLink(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
