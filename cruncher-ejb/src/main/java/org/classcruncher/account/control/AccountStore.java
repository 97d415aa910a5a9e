package org.classcruncher.account.control;

import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.classcruncher.account.entity.Account;
import org.classcruncher.account.entity.School;

/** Accounts and schools in the database. */
@Stateless
public class AccountStore {

    @PersistenceContext(unitName = "cruncher")
    EntityManager entityManager;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Account> account(String username) {
        return Optional.ofNullable(entityManager.find(Account.class, username));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long accountCount() {
        return entityManager.createQuery("select count(a) from Account a", Long.class).getSingleResult();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Account> accounts() {
        return entityManager.createQuery("select a from Account a order by a.username", Account.class)
                .getResultList();
    }

    public void add(Account account) {
        entityManager.persist(account);
    }

    public void remove(Account account) {
        entityManager.remove(entityManager.contains(account) ? account : entityManager.merge(account));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<School> school(String id) {
        return Optional.ofNullable(entityManager.find(School.class, id));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<School> schools() {
        return entityManager.createQuery("select s from School s order by s.name, s.id", School.class)
                .getResultList();
    }

    public void add(School school) {
        entityManager.persist(school);
    }
}
