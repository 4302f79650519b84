#pragma once

#include "core/accounts/session.h"
#include "core/dashboard/dashboard.h"
#include "exercises/framework/stageladder.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTimer;

namespace stages {

class AppContext;
class ClassOverviewModel;
class DashboardCharts;
class DashboardLoader;
class HeatMapModel;
class NeedsAttentionModel;

/// The teacher's home: the needs-attention list of the chosen class (visible at once), the
/// school overview (one click on a class shows its dashboard), and, for the class, the heat map
/// (a tab per domain) and the charts. Filters: class, domain, date range; "Attention rules…"
/// edits the thresholds (kept by UiSettings). Data comes from DashboardService through a
/// DashboardLoader, off the GUI thread, with a busy indicator meanwhile.
///
/// Opens on the first class with pupils who need attention. Double-click or Enter on a pupil
/// (heat map or attention list) emits pupilActivated().
class DashboardPanel : public QWidget
{
    Q_OBJECT

public:
    DashboardPanel(AppContext &context, const Session &session, QWidget *parent = nullptr);
    ~DashboardPanel() override;

    /// Reads the classes and computes everything again (after classes or pupils changed).
    void reload();
    /// Shows the dashboard of @p classId (computed in the background).
    void showClass(const QString &classId);
    QString currentClassId() const;
    const ClassDashboard &dashboard() const { return m_dashboard; }
    bool isBusy() const;

    QComboBox *classPicker() const { return m_classPicker; }
    QComboBox *domainFilter() const { return m_domainFilter; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QTableView *attentionTable() const { return m_attentionTable; }
    QLabel *attentionTitle() const { return m_attentionTitle; }
    QTableView *overviewTable() const { return m_overviewTable; }
    /// The class views: "Heat map" first, then the charts.
    QTabWidget *classViews() const;
    QTabWidget *heatMapTabs() const { return m_domainTabs; }
    /// The heat map table of domain @p id, or nullptr.
    QTableView *heatMapTable(const QString &domain) const;
    DashboardCharts *charts() const { return m_charts; }
    QWidget *busyIndicator() const { return m_busy; }
    QPushButton *rulesButton() const { return m_rules; }

signals:
    /// A pupil was chosen (double-click or Enter) to open their drill-down.
    void pupilActivated(const QString &personId);
    /// A class dashboard arrived and is on screen.
    void dashboardShown(const QString &classId);

private:
    struct DomainMap
    {
        QString id;
        QList<Stage> stages;
        HeatMapModel *model = nullptr;
        QSortFilterProxyModel *proxy = nullptr;
        QTableView *table = nullptr;
    };

    QWidget *makeFilterBar();
    QWidget *makeLeftColumn();
    QWidget *makeHeatMapPage();
    void addDomainTab(QTabWidget *tabs, const QString &id, const QString &title);
    void fillClassPicker();
    DashboardFilter filter() const;
    void setWholeYear();
    void recompute(bool overview);
    void applyDashboard(const ClassDashboard &dashboard);
    void applyOverview(const QList<ClassOverviewRow> &rows);
    void applyDomainFilter();
    QString distributionDomain() const;
    void editRules();

    AppContext &m_context;
    Session m_session;
    DashboardLoader *m_loader = nullptr;
    AttentionThresholds m_thresholds;
    ClassDashboard m_dashboard;
    QHash<QString, QString> m_titles;
    QList<DomainMap> m_maps;
    bool m_overviewLoaded = false;
    QTimer *m_debounce = nullptr;

    QComboBox *m_classPicker = nullptr;
    QComboBox *m_domainFilter = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QWidget *m_busy = nullptr;
    QPushButton *m_rules = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_attentionTitle = nullptr;
    NeedsAttentionModel *m_attention = nullptr;
    QSortFilterProxyModel *m_attentionProxy = nullptr;
    QTableView *m_attentionTable = nullptr;
    ClassOverviewModel *m_overview = nullptr;
    QSortFilterProxyModel *m_overviewProxy = nullptr;
    QTableView *m_overviewTable = nullptr;
    QTabWidget *m_domainTabs = nullptr;
    DashboardCharts *m_charts = nullptr;
};

} // namespace stages
