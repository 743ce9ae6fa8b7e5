# teacher
