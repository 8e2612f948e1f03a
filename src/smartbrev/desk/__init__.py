"""The briefing desk: a local web app to write a briefing, be coached as you type, see
what the reader will see, and take it away in any format (`smartbrev desk`)."""
