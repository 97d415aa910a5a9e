package org.classcruncher.web.portal;

import java.io.Serializable;
import java.util.List;

/** What one plan's minimal-change re-plan form holds: the classes to keep, and the new teachers and grade children. */
public class ReplanInputs implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<String> locked;
    private Integer teachers;
    private String grade;
    private Integer children;

    ReplanInputs(Integer teachers) {
        this.teachers = teachers;
    }

    public List<String> getLocked() {
        return locked;
    }

    public void setLocked(List<String> locked) {
        this.locked = locked;
    }

    public Integer getTeachers() {
        return teachers;
    }

    public void setTeachers(Integer teachers) {
        this.teachers = teachers;
    }

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade;
    }

    public Integer getChildren() {
        return children;
    }

    public void setChildren(Integer children) {
        this.children = children;
    }
}
