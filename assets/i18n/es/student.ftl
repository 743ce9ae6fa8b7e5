# student
