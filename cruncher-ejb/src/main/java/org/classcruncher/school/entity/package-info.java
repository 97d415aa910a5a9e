/** What the database keeps of a school's inputs: one row per version. */
package org.classcruncher.school.entity;
