package id.go.kpu.eppid.helpdesk.web;

import id.go.kpu.eppid.helpdesk.application.FaqCatalog;
import id.go.kpu.eppid.helpdesk.application.HelpdeskDesk;
import id.go.kpu.eppid.helpdesk.application.HelpdeskEscalations;
import id.go.kpu.eppid.helpdesk.application.HelpdeskRecords;
import id.go.kpu.eppid.helpdesk.domain.FaqEntry;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskAttachment;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskConsultation;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskEntry;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskEscalation;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskStatus;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskTiming;
import id.go.kpu.eppid.standards.application.StepStandard;
import id.go.kpu.eppid.standards.application.StepTimes;
import id.go.kpu.eppid.office.application.OfficeDirectory;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.shared.web.Faces;
import id.go.kpu.eppid.shared.web.PageSteps;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import id.go.kpu.eppid.staff.domain.Role;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code /staff/helpdesk/consultation.xhtml}: one consultation with its thread and escalation levels, and the
 * steps the signed-in user may take now — the office that received it reads the problem back, answers, asks whether
 * it was understood and escalates; the level holding an escalation answers it or passes it on. What the page offers is
 * fixed when the view is built; the services refuse a stale step with the reason. After a step the page reloads.
 */
@Named
@ViewScoped
public class HelpdeskConsultationBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "step:";

    /** One escalation level as shown: the office's name and the minutes it took (so far). */
    public record LevelRow(HelpdeskEscalation level, String officeName, long minutes) implements Serializable {
    }

    @Inject
    private transient HelpdeskRecords records;
    @Inject
    private transient HelpdeskDesk desk;
    @Inject
    private transient HelpdeskEscalations escalations;
    @Inject
    private transient OfficeDirectory offices;
    @Inject
    private transient CurrentStaff currentStaff;
    @Inject
    private transient FaqCatalog faq;
    @Inject
    private transient StepTimes stepTimes;

    private Long id;
    private HelpdeskConsultation consultation;
    private String originName;
    private List<HelpdeskEntry> thread;
    private List<HelpdeskAttachment> attachments;
    private List<LevelRow> levels;
    private boolean origin;
    private boolean team;
    private boolean mayActOnLevel;
    private boolean canPassOn;

    private String correctedProblem;
    private String answer;
    private String references;
    private boolean toSipolIt;
    private String question;
    private String levelAnswer;
    private String passOnNote;
    private String faqQuery;
    private List<FaqEntry> faqResults = List.of();
    private final List<FaqEntry> chosenFaqs = new java.util.ArrayList<>();
    private List<FaqEntry> linkedFaqs;
    private boolean faqSearched;
    private List<HelpdeskTiming.Step> timing;
    private final Map<String, String> stepNames = new HashMap<>();

    @PostConstruct
    void init() {
        id = Faces.longParam("id");
        StaffAccount me = currentStaff.get();
        consultation = id == null ? null : records.find(me, id).orElse(null);
        if (consultation == null) {
            Faces.notFound();
            return;
        }
        origin = HelpdeskRecords.isOrigin(me, consultation);
        team = origin && me.hasAnyRole(Role.HELPDESK_TEAM);
        originName = officeName(consultation.getOfficeId());
        thread = records.thread(consultation);
        attachments = records.attachments(consultation);
        linkedFaqs = faq.linked(consultation.getId());
        Map<String, Integer> minutes = new HashMap<>();
        for (StepStandard st : stepTimes.standards(offices.findById(consultation.getOfficeId()).orElseThrow())) {
            minutes.put(st.code(), st.standardMinutes());
            stepNames.put(st.code(), st.name(Faces.messages().locale()));
        }
        timing = HelpdeskTiming.steps(consultation, thread, escalations.levels(consultation), minutes);
        Instant now = Instant.now();
        levels = escalations.levels(consultation).stream().map(e -> new LevelRow(e, officeName(e.getOfficeId()),
                e.took(now).toMinutes())).toList();
        mayActOnLevel = consultation.getStatus() == HelpdeskStatus.ESCALATED && escalations.mayAct(me, consultation);
        canPassOn = mayActOnLevel && escalations.canPassOn(consultation);
        correctedProblem = consultation.getProblem();
        answer = consultation.getAnswer();
        references = consultation.getAnswerReferences();
        question = consultation.getProblem();
    }

    private String officeName(long officeId) {
        return offices.findById(officeId).map(Office::getName).orElse("");
    }

    private String step(Runnable step, String doneKey) {
        return PageSteps.run(() -> {
            step.run();
            return null;
        }, doneKey, FORM, null, "/staff/helpdesk/consultation?faces-redirect=true&id=" + id);
    }

    public String confirm() {
        return step(() -> desk.confirm(currentStaff.get(), id, correctedProblem), "helpdesk.confirmed");
    }

    public String recordAnswer() {
        return step(() -> desk.answer(currentStaff.get(), id, answer, references, toSipolIt,
                chosenFaqs.stream().map(FaqEntry::getId).toList()), "helpdesk.answered");
    }

    /** HD-6: the FAQ SIPOL the office sees, searched in Indonesian while answering. */
    public void searchFaq() {
        faqResults = faq.search(currentStaff.getOffice(), faqQuery, null);
        faqSearched = true;
    }

    /** Takes an FAQ entry's answer into the answer (after what was typed) and cites it in the references. */
    public void useFaq(long faqId) {
        faq.visible(currentStaff.getOffice(), faqId).filter(FaqEntry::isPublished).ifPresent(e -> {
            if (chosenFaqs.stream().noneMatch(c -> c.getId().equals(e.getId()))) {
                chosenFaqs.add(e);
                answer = answer == null || answer.isBlank() ? e.getAnswer() : answer.strip() + "\n\n" + e.getAnswer();
                references = references == null || references.isBlank() ? e.citation()
                        : references.strip() + "; " + e.citation();
            }
        });
    }

    public String understood(boolean yes) {
        return step(() -> desk.understood(currentStaff.get(), id, yes),
                yes ? "helpdesk.understood.yesDone" : "helpdesk.understood.noDone");
    }

    public String escalate() {
        return step(() -> escalations.escalate(currentStaff.get(), id, question), "helpdesk.escalated");
    }

    public String answerLevel() {
        return step(() -> escalations.answer(currentStaff.get(), id, levelAnswer), "helpdesk.level.answered");
    }

    public String passOn() {
        return step(() -> escalations.passOn(currentStaff.get(), id, passOnNote), "helpdesk.level.passedOn");
    }

    /** HD-6: the problem is read back before the answer (conversations only). */
    public boolean isMayConfirm() {
        return team && consultation.getStatus() == HelpdeskStatus.RECEIVED;
    }

    /** An answer is recorded once confirmed, after an escalation answer, or again when it was not understood. */
    public boolean isMayAnswer() {
        if (!team) {
            return false; // also with no consultation at all: the page answers 404 and renders nothing more
        }
        HelpdeskStatus s = consultation.getStatus();
        return (s == HelpdeskStatus.CONFIRMED || s == HelpdeskStatus.ESCALATION_ANSWERED
                || s == HelpdeskStatus.ANSWERED && Boolean.FALSE.equals(consultation.getUnderstood()));
    }

    public boolean isMayAskUnderstood() {
        return team && consultation.getStatus() == HelpdeskStatus.ANSWERED && consultation.getUnderstood() == null;
    }

    public boolean isMayEscalate() {
        return team && consultation.escalatable();
    }

    public boolean isMayActOnLevel() {
        return mayActOnLevel;
    }

    public boolean isCanPassOn() {
        return canPassOn;
    }

    /** Contact details stay with the office that received it. */
    public boolean isOrigin() {
        return origin;
    }

    public HelpdeskConsultation getConsultation() {
        return consultation;
    }

    public String getOriginName() {
        return originName;
    }

    public String getFaqQuery() {
        return faqQuery;
    }

    public void setFaqQuery(String faqQuery) {
        this.faqQuery = faqQuery;
    }

    public List<FaqEntry> getFaqResults() {
        return faqResults;
    }

    /** HD-14: the consultation's steps against the office's standards. */
    public List<HelpdeskTiming.Step> getTiming() {
        return timing;
    }

    public String stepName(String code) {
        return stepNames.getOrDefault(code, code);
    }

    public boolean isFaqSearched() {
        return faqSearched;
    }

    public List<FaqEntry> getChosenFaqs() {
        return chosenFaqs;
    }

    public List<FaqEntry> getLinkedFaqs() {
        return linkedFaqs;
    }

    public List<HelpdeskAttachment> getAttachments() {
        return attachments;
    }

    public List<HelpdeskEntry> getThread() {
        return thread;
    }

    public List<LevelRow> getLevels() {
        return levels;
    }

    public String getCorrectedProblem() {
        return correctedProblem;
    }

    public void setCorrectedProblem(String correctedProblem) {
        this.correctedProblem = correctedProblem;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getReferences() {
        return references;
    }

    public void setReferences(String references) {
        this.references = references;
    }

    public boolean isToSipolIt() {
        return toSipolIt;
    }

    public void setToSipolIt(boolean toSipolIt) {
        this.toSipolIt = toSipolIt;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getLevelAnswer() {
        return levelAnswer;
    }

    public void setLevelAnswer(String levelAnswer) {
        this.levelAnswer = levelAnswer;
    }

    public String getPassOnNote() {
        return passOnNote;
    }

    public void setPassOnNote(String passOnNote) {
        this.passOnNote = passOnNote;
    }
}
