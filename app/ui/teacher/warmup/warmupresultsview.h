#pragma once

#include "core/accounts/session.h"
#include "core/progress/warmupresults.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace stages {

class WarmUpResultsModel;

/// "Results of warm-ups" on the teacher's warm-up page: pick a past (or running) warm-up and see
/// every pupil of its class: took part or not, exercises done, correct, average score, time.
/// Enter or a double-click on a pupil asks to open that pupil (pupilActivated).
class WarmUpResultsView : public QWidget
{
    Q_OBJECT

public:
    WarmUpResultsView(Database &database, const Session &session, QWidget *parent = nullptr);

    /// Reads the list of warm-ups again, keeping the chosen one when it is still there.
    void reload();
    /// Shows the warm-up @p warmUpId (when it is in the list).
    void showWarmUp(const QString &warmUpId);

    QComboBox *warmUpChoice() const { return m_choice; }
    QTableView *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }
    WarmUpResultsModel *model() const { return m_model; }

signals:
    void pupilActivated(const QString &personId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showChosen();
    void activate(const QModelIndex &index);

    WarmUpResults m_results;
    Session m_session;
    QComboBox *m_choice = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    WarmUpResultsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
};

} // namespace stages
