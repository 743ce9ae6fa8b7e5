# core-lesson
