"""Files in and out: iCalendar, Excel/CSV registers, JSON, and press releases made into drafts."""
