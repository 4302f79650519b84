#pragma once

#include "core/progress/artifactservice.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace stages {

class Speaker;
class SpeakButton;

/// A teacher's words and stars on one of the pupil's pieces, shown big: the stars as pictures,
/// each comment in large type with a speaker button that reads it aloud when a voice is there,
/// and one big OK. Shown from the pupil's home (PupilTaskStrip).
class PupilFeedbackDialog : public QDialog
{
    Q_OBJECT

public:
    PupilFeedbackDialog(const ArtifactDetail &detail, Speaker *speaker, QWidget *parent = nullptr);

    /// Stars of the newest comment that gave any (0: none).
    int stars() const { return m_stars; }
    QLabel *commentLabel() const { return m_comment; }
    QPushButton *okButton() const { return m_ok; }
    SpeakButton *speakButton() const { return m_speak; }

private:
    int m_stars = 0;
    QLabel *m_comment = nullptr;
    QPushButton *m_ok = nullptr;
    SpeakButton *m_speak = nullptr;
};

} // namespace stages
