package org.classcruncher.account.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A school of the district: the owner of solves. Its id is short and stable, e.g. {@code riverside}. */
@Entity
@Table(name = "SCHOOL")
public class School {

    @Id
    @Column(name = "ID", length = 64)
    private String id;

    @Column(name = "NAME", nullable = false, length = 200)
    private String name;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    protected School() {
    }

    public School(String id, String name, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.createdAt = createdAt;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public void rename(String newName) {
        this.name = newName;
    }
}
