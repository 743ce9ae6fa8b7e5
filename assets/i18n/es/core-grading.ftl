# core-grading
