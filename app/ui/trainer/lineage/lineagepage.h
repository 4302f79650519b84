#pragma once

#include "core/accounts/session.h"

#include <QWidget>

class QLabel;
class QTreeView;

namespace stages {

class LineageTreeModel;
class TrainingService;

/// The trainer's Lineage page: who certified whom (TrainingService::lineage) as a tree with the
/// founding trainers at the roots, all expanded. Enter or a double-click opens the educator.
class LineagePage : public QWidget
{
    Q_OBJECT

public:
    LineagePage(TrainingService &training, const Session &session, QWidget *parent = nullptr);

    void reload();

    QTreeView *tree() const { return m_tree; }
    LineageTreeModel *model() const { return m_model; }
    QLabel *message() const { return m_message; }

signals:
    void educatorActivated(const QString &educatorId);

private:
    TrainingService &m_training;
    Session m_session;
    LineageTreeModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace stages
