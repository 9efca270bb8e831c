"""The Qt window of DiploTrack; only this package (and briefing's QtGui) imports Qt."""
