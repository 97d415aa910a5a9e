/**
 * A solve's plans as files for other programs and for paper: a PDF of a plan or of the plans compared (OpenPDF),
 * every plan in one CSV with the school as its header, and class shells for a student information system's class
 * import (OneRoster 1.1 {@code classes.csv}). The REST API serves them; the portal links to them.
 */
package org.classcruncher.web.export;
