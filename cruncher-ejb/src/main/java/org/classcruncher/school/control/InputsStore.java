package org.classcruncher.school.control;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.classcruncher.account.entity.School;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.school.entity.InputsVersion;
import org.classcruncher.school.entity.SavedInputs;

/** Keeps the versions of each school's inputs. */
@Stateless
public class InputsStore {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @PersistenceContext(unitName = "cruncher")
    EntityManager entityManager;

    private final Clock clock = Clock.systemUTC();

    /** The school's newest inputs, if any were ever saved. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<SavedInputs> latest(String schoolId) {
        return newest(schoolId).map(InputsStore::saved);
    }

    /** One version of the school's inputs. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<SavedInputs> version(String schoolId, int version) {
        return entityManager.createQuery("select v from InputsVersion v where v.schoolId = :school "
                        + "and v.version = :version", InputsVersion.class)
                .setParameter("school", schoolId)
                .setParameter("version", version)
                .getResultStream().findFirst().map(InputsStore::saved);
    }

    /** How many versions a school keeps: saving another deletes the oldest beyond these. */
    public static final int KEPT_VERSIONS = 100;

    /** A page of the school's versions, newest first: {@code size} of them from the {@code page}-th page. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<SavedInputs> versions(String schoolId, int page, int size) {
        return entityManager.createQuery("select v from InputsVersion v where v.schoolId = :school "
                        + "order by v.version desc", InputsVersion.class)
                .setParameter("school", schoolId)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList().stream().map(InputsStore::saved).toList();
    }

    /**
     * Saves the inputs as the school's next version, unless they are the newest version already (then answers
     * that one). The school's row is locked meanwhile, so two saves at once number their versions one after the
     * other.
     */
    public SavedInputs save(String schoolId, SchoolRequest inputs, String savedBy, String solveId) {
        entityManager.find(School.class, schoolId, LockModeType.PESSIMISTIC_WRITE);
        String json = JSONB.toJson(inputs);
        Optional<InputsVersion> newest = newest(schoolId);
        if (newest.isPresent() && newest.get().inputsJson().equals(json)) {
            return saved(newest.get());
        }
        InputsVersion version = new InputsVersion(schoolId, newest.map(InputsVersion::version).orElse(0) + 1, json,
                clock.instant(), savedBy, solveId);
        entityManager.persist(version);
        // Bounded: a script saving on every change cannot fill the database with one school's history.
        entityManager.createQuery("delete from InputsVersion v where v.schoolId = :school and v.version <= :oldest")
                .setParameter("school", schoolId)
                .setParameter("oldest", version.version() - KEPT_VERSIONS)
                .executeUpdate();
        return saved(version);
    }

    private Optional<InputsVersion> newest(String schoolId) {
        return entityManager.createQuery("select v from InputsVersion v where v.schoolId = :school "
                        + "order by v.version desc", InputsVersion.class)
                .setParameter("school", schoolId)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    private static SavedInputs saved(InputsVersion version) {
        return new SavedInputs(version.schoolId(), version.version(), version.savedAt(), version.savedBy(),
                version.solveId(), JSONB.fromJson(version.inputsJson(), SchoolRequest.class));
    }
}
