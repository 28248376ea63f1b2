package io.jenkins.plugins.freight.engine.task.interruption;

import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.ForbiddenException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.engine.task.interruption.FormControl.SubmitButtonGroup;
import io.jenkins.plugins.freight.engine.task.interruption.FormControl.TextArea;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Interruptions: questions tasks wait on. People list them, take responsibility and submit an
 * answer; only the responsible user may submit, and submitting resumes the waiting task. Handlers
 * raise them through {@code TaskContext#createInterruption}.
 */
public final class InterruptionService {

    static final String VIEW = "InterruptionView";
    static final String SUBMIT = "InterruptionSubmit";

    private final Database database;
    private final InterruptionRepository repository;
    private final AccessPolicy accessPolicy;
    private final TeamMembership teams;
    private final Clock clock;
    private final InterruptionListener listener;

    public InterruptionService(
            Database database,
            InterruptionRepository repository,
            AccessPolicy accessPolicy,
            TeamMembership teams,
            Clock clock,
            InterruptionListener listener) {
        this.database = database;
        this.repository = repository;
        this.accessPolicy = accessPolicy;
        this.teams = teams;
        this.clock = clock;
        this.listener = listener;
    }

    public Interruption get(Caller caller, String id) {
        Interruption interruption =
                database.withHandle(h -> repository.find(h, id))
                        .orElseThrow(() -> NotFoundException.of("Interruption", id));
        accessPolicy.require(caller, VIEW, interruption.spaceId());
        return interruption;
    }

    public InterruptionPage list(Caller caller, InterruptionQuery query) {
        accessPolicy.require(caller, VIEW, query.spaceId());
        return database.withHandle(h -> repository.list(h, query));
    }

    /** The user responsible for an interruption, if someone took responsibility. */
    public Optional<String> responsibleUserId(Caller caller, String id) {
        return Optional.ofNullable(get(caller, id).responsibleUserId());
    }

    /**
     * Makes the caller the one responsible for answering (replacing whoever was). Refused when the
     * interruption is answered or the caller is not in a responsible team.
     */
    public Interruption takeResponsibility(Caller caller, String id) {
        return database.inTransaction(
                h -> {
                    Interruption interruption = pending(h, caller, id);
                    if (!interruption.responsibleTeamIds().isEmpty()
                            && !caller.isSystem()
                            && !teams.isMemberOfAny(caller, interruption.responsibleTeamIds())) {
                        throw new ForbiddenException(
                                "Only members of the responsible teams may take responsibility for"
                                        + " interruption "
                                        + id,
                                "InterruptionViewSubmitResponsible",
                                interruption.responsibleTeamIds());
                    }
                    repository.setResponsible(h, id, caller.userId());
                    return repository.find(h, id).orElseThrow();
                });
    }

    /**
     * Answers the interruption with form values (element name → value; e.g. {@code Result} → {@code
     * Proceed}, {@code Notes} → text) and resumes the waiting task. The caller must have taken
     * responsibility first.
     */
    public Interruption submit(Caller caller, String id, Map<String, String> values) {
        Interruption submitted =
                database.inTransaction(
                        h -> {
                            Interruption peek =
                                    repository
                                            .find(h, id)
                                            .orElseThrow(
                                                    () -> NotFoundException.of("Interruption", id));
                            listener.lockTask(h, peek.taskId());
                            Interruption interruption = pending(h, caller, id);
                            if (!interruption.hasResponsibility(caller)) {
                                throw new ForbiddenException(
                                        "Take responsibility for interruption "
                                                + id
                                                + " before submitting it; only the responsible"
                                                + " user may submit");
                            }
                            Map<String, String> accepted = validate(interruption.form(), values);
                            repository.submit(h, id, accepted, caller.userId(), clock.instant());
                            Interruption stored = repository.find(h, id).orElseThrow();
                            listener.answered(h, stored, caller);
                            return stored;
                        });
        listener.committed(submitted);
        return submitted;
    }

    /** Raises an interruption for a task inside the caller's transaction (engine-internal). */
    public Interruption create(
            Handle handle, String spaceId, String taskId, InterruptionRequest request) {
        return repository.insert(handle, spaceId, taskId, request, clock.instant());
    }

    public List<Interruption> forTask(Handle handle, String taskId) {
        return repository.forTask(handle, taskId);
    }

    public Optional<Interruption> find(Handle handle, String id) {
        return repository.find(handle, id);
    }

    private Interruption pending(Handle h, Caller caller, String id) {
        Interruption interruption =
                repository.lock(h, id).orElseThrow(() -> NotFoundException.of("Interruption", id));
        accessPolicy.require(caller, SUBMIT, interruption.spaceId());
        if (!interruption.isPending()) {
            throw new ConflictException("Interruption " + id + " is no longer pending");
        }
        return interruption;
    }

    /** Keeps the values of text areas and button groups; refuses missing or unknown buttons. */
    static Map<String, String> validate(InterruptionForm form, Map<String, String> values) {
        Map<String, String> given = values == null ? Map.of() : values;
        Map<String, String> accepted = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        for (FormElement element : form.elements()) {
            String value = lookup(given, element.name());
            if (element.control() instanceof SubmitButtonGroup group) {
                Optional<String> button = canonical(group, value);
                if (value == null || value.isBlank()) {
                    errors.add("Choose one of " + buttonValues(group) + " for " + element.name());
                } else if (button.isEmpty()) {
                    errors.add(
                            element.name()
                                    + " must be one of "
                                    + buttonValues(group)
                                    + ", not '"
                                    + value
                                    + "'");
                } else {
                    accepted.put(element.name(), button.get());
                }
            } else if (element.control() instanceof TextArea) {
                if (element.isValueRequired() && (value == null || value.isBlank())) {
                    errors.add(element.name() + " is required");
                }
                accepted.put(element.name(), value);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(
                    "The interruption's form is not filled in correctly", errors);
        }
        return accepted;
    }

    private static String lookup(Map<String, String> values, String name) {
        for (Map.Entry<String, String> entry : values.entrySet()) {
            if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    private static Optional<String> canonical(SubmitButtonGroup group, String value) {
        return group.buttons().stream()
                .map(FormControl.Button::value)
                .filter(v -> v.equalsIgnoreCase(value == null ? "" : value.trim()))
                .findFirst();
    }

    private static String buttonValues(SubmitButtonGroup group) {
        return String.join(", ", group.buttons().stream().map(FormControl.Button::value).toList());
    }
}
