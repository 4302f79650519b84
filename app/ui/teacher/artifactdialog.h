#pragma once

#include "core/accounts/session.h"
#include "core/progress/artifactservice.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace stages {

class ExerciseContent;
class MelodyArtifactPanel;
class ArtifactRowsView;

/// Opens one piece of a pupil's work for the teacher: who made it and when, the work itself
/// (rows drawn with the exercise's tokens, or a melody to play and export), the comments so far
/// and a box to write a new one, stored through ArtifactService.
class ArtifactDialog : public QDialog
{
    Q_OBJECT

public:
    ArtifactDialog(ArtifactService &service, const Session &session, const ArtifactDetail &detail,
                   std::shared_ptr<const ExerciseContent> exercises, QWidget *parent = nullptr);

    ArtifactRowsView *rowsView() const { return m_rows; }
    MelodyArtifactPanel *melodyPanel() const { return m_melody; }
    /// The work drawn by its domain (a karate combination with its figure), or null.
    QWidget *domainView() const { return m_domainView; }
    /// The rule the rows follow, or null.
    QLabel *ruleLabel() const { return m_ruleLabel; }
    QPlainTextEdit *commentField() const { return m_comment; }
    QPushButton *saveCommentButton() const { return m_save; }
    /// No stars (index 0) or 1..3 stars given with the comment.
    QComboBox *starsChoice() const { return m_stars; }
    QListWidget *commentList() const { return m_comments; }
    QLabel *message() const { return m_message; }

signals:
    void commentAdded(const ArtifactFeedback &feedback);

private:
    void addComment(const ArtifactFeedback &f);
    void saveComment();

    ArtifactService &m_service;
    Session m_session;
    ArtifactDetail m_detail;
    ArtifactRowsView *m_rows = nullptr;
    MelodyArtifactPanel *m_melody = nullptr;
    QWidget *m_domainView = nullptr;
    QLabel *m_ruleLabel = nullptr;
    QListWidget *m_comments = nullptr;
    QPlainTextEdit *m_comment = nullptr;
    QComboBox *m_stars = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace stages
